// Tests for frontend/parse on hostile input: it always returns, bounded in time and stack,
// and every diagnostic it gives has a place inside the file.
#include <algorithm>
#include <string>

#include <doctest/doctest.h>

#include "tests/unit/parse/parse_fixture.hpp"

using namespace schemac::frontend;
using test::parse;

namespace {

// Every diagnostic is placed, inside the file.
void check_spans(const test::Parsed& p) {
  const auto size = p.sources->text(p.id).size();
  for (const auto& d : p.diags.items()) {
    REQUIRE(d.span.has_value());
    CHECK(d.span->begin <= d.span->end);
    CHECK(d.span->end <= size);
  }
}

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) {
    out += s;
  }
  return out;
}

}  // namespace

TEST_CASE("robustness: empty, blank and whitespace-only files") {
  for (const char* text : {"", "\n", "\r\n\r\n", "   ", "\t\n  \n", "\r"}) {
    const auto p = parse(text);
    CHECK(p.diags.items().empty());
  }
}

TEST_CASE("robustness: binary junk and NUL bytes") {
  std::string junk;
  for (int i = 0; i < 4096; ++i) {
    junk += static_cast<char>((i * 7919) % 256);
  }
  const auto p = parse(junk);
  CHECK(p.diags.has_errors());
  check_spans(p);
  const auto nul = parse(std::string("model A {\n  id Int @id\0\n}\n", 24));
  CHECK(nul.diags.has_errors());
  check_spans(nul);
  const auto nuls = parse(std::string(10000, '\0'));
  check_spans(nuls);
  CHECK(nuls.tops<ast::CatchAll>().size() == 1);
}

TEST_CASE("robustness: a 10 MB line") {
  const auto p =
      parse("model A {\n  id Int @id @default(\"" + std::string(10 << 20, 'x') + "\n}\n");
  CHECK(p.codes() == std::vector<std::string>{"invalid_model_line"});
  const auto q = parse(std::string(10 << 20, 'a'));
  CHECK(q.codes() == std::vector<std::string>{"invalid_top_level_line"});
}

TEST_CASE("robustness: unterminated strings, arguments and blocks") {
  const auto p = parse("model A {\n  id String @default(\"abc\n  b Int @x(1, \n}\nenum E {\n  A\n");
  check_spans(p);
  CHECK(p.tops<ast::Model>().size() == 1);
  CHECK(p.tops<ast::Enum>().empty());  // never closed: its lines are top-level lines
}

TEST_CASE("robustness: 100k nested parentheses and brackets stop at the depth cap") {
  for (const char* open : {"f(", "[", "a: f("}) {
    const std::string deep = repeat(open, 100000);
    const auto p = parse("model A {\n  id Int @default(" + deep + ")\n}\n");
    check_spans(p);
    CHECK(p.codes() == std::vector<std::string>{"nesting_too_deep", "invalid_model_line"});
    const auto top = parse("datasource db {\n  x = " + deep + "\n}\n" + deep + "\n");
    check_spans(top);
    CHECK(top.diags.has_errors());
  }
}

TEST_CASE("robustness: nesting up to the cap is read") {
  std::string deep = "1";
  for (int i = 0; i < 60; ++i) {
    deep = "[" + deep + "]";
  }
  const auto p = parse("model A {\n  id Int @default(" + deep + ")\n}\n");
  CHECK(p.diags.items().empty());
}

TEST_CASE("robustness: many unclosed blocks stay linear") {
  // Each opener would scan to the end of the file; the dead-member memo makes the rest fail
  // at once. 20000 openers over 20000 lines would take minutes if quadratic.
  const auto p =
      parse(repeat("model A {\n  id Int @id\nenum E {\ndatasource d {\nx {\n/*\n", 20000));
  check_spans(p);
  CHECK(p.tops<ast::Model>().empty());
  CHECK(p.diags.has_errors());
}

TEST_CASE("robustness: many lines ending in an unclosed block comment stay linear") {
  // Each `a Int /*` reads a comment up to the last line and then fails; scanning for `*/`
  // each time took minutes for these 20000 lines.
  const auto p = parse("model A {\n" + repeat("  a Int /*\n", 20000) + "*/ x\n}\n");
  CHECK(p.codes().size() == 20001);  // every line, and `*/ x`
  CHECK(p.tops<ast::Model>().size() == 1);
}

TEST_CASE("robustness: invalid UTF-8 is reported once, and parsing goes on") {
  const auto p = parse("model A\xFF {\n  id Int @id\n}\nmodel B {\n  n\xC3 Int\n  id Int @id\n}\n");
  check_spans(p);
  const auto codes = p.codes();
  CHECK(std::count(codes.begin(), codes.end(), "invalid_utf8") == 1);
  CHECK(p.diags.items()[0].span == schemac::Span{0, 7, 8});
  CHECK(p.tops<ast::Model>().size() == 1);
  // Overlong forms, surrogates and truncated sequences are all invalid.
  for (const char* bad : {"\xC0\xAF", "\xED\xA0\x80", "\xE2\x82", "\xF4\x90\x80\x80"}) {
    const auto q = parse(std::string("// ") + bad + "\n");
    CHECK(q.codes() == std::vector<std::string>{"invalid_utf8"});
  }
  CHECK(parse("// \xF0\x9F\x98\x80 \xE2\x82\xAC\n").diags.items().empty());
}
