// Tests for frontend/parse: unreadable lines and removed syntax are reported with Prisma's
// messages at Prisma's places. Every expected line:column below was produced by Prisma 7.10.1
// (../shared/oracle/bin/prisma-validate) on the same text.
#include <doctest/doctest.h>

#include "tests/unit/parse/parse_fixture.hpp"

using namespace schemac::frontend;
using test::parse;

namespace {

struct Seen {
  unsigned line;
  unsigned column;
  std::string message;
  bool operator==(const Seen&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Seen& s) {
  return os << s.line << ":" << s.column << " " << s.message;
}

std::vector<Seen> seen(const test::Parsed& p) {
  std::vector<Seen> out;
  for (const auto& d : p.diags.sorted()) {
    const auto lc = p.sources->line_column(p.id, d.span->begin);
    out.push_back({lc.line, lc.column, d.message});
  }
  return out;
}

}  // namespace

TEST_CASE("parse: a field without a type names its container") {
  CHECK(seen(parse("model A {\n  id Int @id\n  name\n}\n")) ==
        std::vector<Seen>{{3, 3,
                           "Error validating model \"A\": This field declaration is invalid. It "
                           "is either missing a name or a type."}});
  CHECK(seen(parse("view V {\n  name @unique\n}\n"))[0].message ==
        "Error validating view \"V\": This field declaration is invalid. It is either missing "
        "a name or a type.");
  CHECK(seen(parse("type T {\n  name\n}\n"))[0].message.rfind("Error validating type \"T\"", 0) ==
        0);
}

TEST_CASE("parse: legacy syntax in a view, at Prisma's columns") {
  const auto s =
      seen(parse("view A {\n  id Int @id\n  name: String\n  b String!\n  c [String]\n"
                 "  d String[]?\n}\n"));
  REQUIRE(s.size() == 4);
  CHECK(s[0] == Seen{3, 7, "Field declarations don't require a `:`."});
  CHECK(s[1] == Seen{4, 5, "Fields are required by default, `!` is no longer required."});
  CHECK(s[2] == Seen{5, 5, "To specify a list, please use `Type[]` instead of `[Type]`."});
  CHECK(s[3] == Seen{6, 5, "Optional lists are not supported. Use either `Type[]` or `Type?`."});
}

TEST_CASE("parse: unreadable enum line, keyword-less block and type alias") {
  const auto s = seen(parse("enum E {\n  A\n  B C\n}\nfoo {\n}\ntype X = String\n"));
  REQUIRE(s.size() == 3);
  CHECK(s[0] == Seen{3, 3, "Error validating: This line is not an enum value definition."});
  CHECK(s[1] == Seen{5, 1,
                     "Error validating: This block is invalid. It does not start with any known "
                     "Prisma schema keyword. Valid keywords include 'model', 'enum', 'type', "
                     "'datasource' and 'generator'."});
  CHECK(s[2] == Seen{7, 1,
                     "Error validating: Invalid type definition. Please check the documentation "
                     "in https://pris.ly/d/composite-types"});
}

TEST_CASE("parse: unreadable lines in config blocks name the block kind") {
  const auto s =
      seen(parse("datasource db {\n  provider = \"sqlite\"\n  what\n}\ngenerator g {\n"
                 "  provider = \"x\"\n  !!\n}\n"));
  REQUIRE(s.size() == 2);
  CHECK(s[0] ==
        Seen{3, 3, "Error validating: This line is not a valid definition within a datasource."});
  CHECK(s[1] ==
        Seen{7, 3, "Error validating: This line is not a valid definition within a generator."});
}

TEST_CASE("parse: a property without a value is read, for the validator to report") {
  const auto p = parse("generator gen {\n  provider = \"x\"\n  configValue =\n}\n");
  CHECK(p.diags.items().empty());
  const auto props = p.tops<ast::ConfigBlock>()[0]->properties();
  REQUIRE(props.size() == 2);
  CHECK(props[1]->name.name == "configValue");
  CHECK_FALSE(props[1]->value.has_value());
}

TEST_CASE("parse: a block that cannot be read falls apart into top-level lines") {
  // `_A` is no identifier: each line is reported on its own, from its first visible character.
  const auto s = seen(parse("model _A {\n  id Int @id\n}\n"));
  REQUIRE(s.size() == 3);
  CHECK(s[0].line == 1);
  CHECK(s[0].column == 1);
  CHECK(s[1] == Seen{2, 3,
                     "Error validating: This line is invalid. It does not start with any known "
                     "Prisma schema keyword."});
  CHECK(s[2].line == 3);
}

TEST_CASE("parse: block comments: where Prisma 7 accepts and refuses them") {
  CHECK(parse("/* a */ model A {\n  id Int @id\n}\n").diags.items().empty());
  CHECK(parse("model A {\n  id Int @id /* x\n y */\n}\n").diags.items().empty());
  CHECK(parse("datasource db {\n  provider = \"sqlite\" /* c\n */\n  /* x */\n}\n")
            .diags.items()
            .empty());
  // After a trailing comment nothing may follow; a block comment inside arguments is no
  // argument; an unterminated one is an unreadable line.
  CHECK(seen(parse("model A {\n  id Int @id /* c */ @unique\n}\n")) ==
        std::vector<Seen>{
            {2, 3, "Error validating: This line is not a valid field or attribute definition."}});
  CHECK(seen(parse("model A {\n  id Int @id @default(/* c */ 1)\n}\n")).size() == 1);
  CHECK(seen(parse("model A {\n  id Int @id\n  /* x\n}\n")) ==
        std::vector<Seen>{
            {3, 3, "Error validating: This line is not a valid field or attribute definition."}});
}

TEST_CASE("parse: composite types refuse block attributes and @id/@unique/@relation") {
  const auto s =
      seen(parse("type T {\n  a String @id\n  b String @unique @map(\"x\")\n"
                 "  @@index([a])\n  @@map(\"t\")\n  @@foo\n}\n"));
  REQUIRE(s.size() == 5);
  CHECK(s[0] == Seen{2, 3,
                     "Error validating: Defining `@id` attribute for a field in a composite "
                     "type is not allowed."});
  CHECK(s[1].message ==
        "Error validating: Defining `@unique` attribute for a field in a composite type is not "
        "allowed.");
  CHECK(s[2] == Seen{4, 3,
                     "Error validating: An index should be defined in the model containing the "
                     "embed."});
  CHECK(s[3].message.find("does not need a mapped database name") != std::string::npos);
  CHECK(s[4].message == "Error validating: A composite type cannot have block-level attributes.");
}

TEST_CASE("parse: every parser diagnostic has the code of its kind") {
  const auto p = parse("model A {\n  x\n  !!\n}\nfoo\n");
  CHECK(p.codes() == std::vector<std::string>{"incomplete_field", "invalid_model_line",
                                              "invalid_top_level_line"});
}
