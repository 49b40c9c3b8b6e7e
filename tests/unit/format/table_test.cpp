// The formatter's table layout (frontend/format/table.cpp) against Prisma's renderer rules.
#include "frontend/format/table.hpp"

#include <doctest/doctest.h>

using schemac::frontend::format::Renderer;
using schemac::frontend::format::Table;

namespace {

std::string render(Table& table, unsigned indent = 1) {
  Renderer out(2);
  for (unsigned i = 0; i < indent; ++i) {
    out.indent_up();
  }
  table.render(out);
  return out.take();
}

}  // namespace

TEST_CASE("format table: columns align on the widest cell, the last one is never padded") {
  Table t;
  t.start_new_line();
  t.column(0) = "id";
  t.column(1) = "Int";
  t.column(2) = "@id";
  t.start_new_line();
  t.column(0) = "email";
  t.column(1) = "String";
  CHECK(render(t) == "  id    Int    @id\n  email String\n");
}

TEST_CASE("format table: widths are bytes, as Prisma's str::len") {
  Table t;
  t.start_new_line();
  t.column(0) = "\xC3\xA9t\xC3\xA9";  // "été": 3 characters, 5 bytes
  t.column(1) = "Int";
  t.start_new_line();
  t.column(0) = "abcd";
  t.column(1) = "Int";
  CHECK(render(t, 0) == "\xC3\xA9t\xC3\xA9 Int\nabcd  Int\n");
}

TEST_CASE("format table: a suffix follows its row after one space and moves nothing") {
  Table t;
  t.start_new_line();
  t.column(0) = "a";
  t.column(1) = "Int";
  t.append_suffix("// first");
  t.start_new_line();
  t.append_suffix("// a comment row");
  t.start_new_line();
  t.column(0) = "longer";
  t.column(1) = "Int";
  CHECK(render(t) == "  a      Int // first\n  // a comment row\n  longer Int\n");
}

TEST_CASE("format table: trailing empty columns are dropped, inner ones padded") {
  Table t;
  t.start_new_line();
  t.column(0) = "x";
  t.column(2) = "";  // a field without attributes still opens the attribute column
  t.start_new_line();
  t.column(0) = "y";
  t.column(2) = "@id";  // no type: the empty middle column is padded to its width
  t.start_new_line();
  t.column(0) = "zz";
  t.column(1) = "Int";
  CHECK(render(t, 0) == "x\ny      @id\nzz Int\n");
}

TEST_CASE("format table: interleaved rows are written as they are and do not count") {
  Table t;
  t.start_new_line();
  t.column(0) = "id";
  t.column(1) = "Int";
  t.interleave("this is a very long invalid line");
  t.start_new_line();
  t.column(0) = "other";
  t.column(1) = "String";
  CHECK(render(t) == "  id    Int\n  this is a very long invalid line\n  other String\n");
}

TEST_CASE("format table: an empty row is an empty line without indentation") {
  Table t;
  t.start_new_line();
  t.column(0) = "a";
  t.start_new_line();
  t.start_new_line();
  t.column(0) = "b";
  CHECK(render(t, 2) == "    a\n\n    b\n");
  CHECK(t.empty());
}
