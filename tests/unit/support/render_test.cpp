// Tests for support/render.cpp: how a diagnostic looks to a user.
#include "support/render.hpp"

#include <doctest/doctest.h>

#include <string>

using schemac::Diagnostic;
using schemac::render;
using schemac::Severity;
using schemac::SourceManager;
using schemac::Span;

TEST_CASE("render: file, line, column, source line and a caret under the span") {
  SourceManager sources;
  const auto file = sources.add("schema.prisma", "model A {\n  id Intt @id\n}\n");
  const Diagnostic d{Severity::Error, "type_not_found", "type `Intt` is not defined",
                     Span{file, 15, 19}, {}};
  CHECK(render(d, sources) ==
        "schema.prisma:2:6: error: type `Intt` is not defined\n"
        " 2 |   id Intt @id\n"
        "   |      ^~~~\n");
}

TEST_CASE("render: columns count code points, not bytes") {
  SourceManager sources;
  const auto file = sources.add("s.prisma", "model Lööp x\n");
  const Diagnostic d{Severity::Warning, "w", "odd", Span{file, 13, 14}, {}};
  CHECK(render(d, sources).rfind("s.prisma:1:12: warning: odd\n", 0) == 0);
}

TEST_CASE("render: a 10 MB line is clipped around the caret") {
  SourceManager sources;
  std::string line(10'000'000, 'x');
  const auto file = sources.add("big.prisma", line);
  const Diagnostic d{Severity::Error, "e", "bad", Span{file, 5'000'000, 5'000'001}, {}};
  const std::string out = render(d, sources);
  CHECK(out.size() < 400);
  CHECK(out.find("big.prisma:1:5000001: error: bad") == 0);
}

TEST_CASE("render: control bytes in the source line are not printed raw") {
  SourceManager sources;
  const auto file = sources.add("junk.prisma", std::string("ab\x1b[31mcd", 9));
  const Diagnostic d{Severity::Error, "e", "bad", Span{file, 0, 1}, {}};
  CHECK(render(d, sources).find('\x1b') == std::string::npos);
}

TEST_CASE("source manager: lines are counted by \\n alone, as Prisma counts them") {
  SourceManager sources;
  const auto file = sources.add("f", "a\r\nb\rc\nd");
  CHECK(sources.line_text(file, 1) == "a");
  CHECK(sources.line_text(file, 2) == "b\rc");
  CHECK(sources.line_text(file, 3) == "d");
  CHECK(sources.line_column(file, 5).line == 2);
  CHECK(sources.line_column(file, 8).line == 3);
}
