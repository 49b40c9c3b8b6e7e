// Tests for frontend/parse: parse_schema over several files, spans and the syntax-only nodes.
#include <doctest/doctest.h>

#include "tests/unit/parse/parse_fixture.hpp"

using namespace schemac::frontend;
using test::parse;

TEST_CASE("parse_schema: files in order, each with its own id in every span") {
  schemac::SourceManager sources;
  const auto a = sources.add("a.prisma", "model A {\n  id Int @id\n}\n");
  const auto b = sources.add("b.prisma", "enum E {\n  X\n}\nfoo\n");
  schemac::Diagnostics diags;
  const ast::Schema schema = parse_schema(sources, {a, b}, diags);
  REQUIRE(schema.files.size() == 2);
  CHECK(schema.files[0].file == a);
  CHECK(schema.files[1].file == b);
  CHECK(std::get<ast::Model>(schema.files[0].tops[0]).name.span.file == a);
  CHECK(std::get<ast::Enum>(schema.files[1].tops[0]).values()[0]->span.file == b);
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].span->file == b);
}

TEST_CASE("parse: spans of attributes, arguments and expressions cover their text") {
  const auto p = parse("model A {\n  a String @db.VarChar(255) @default(\"x\") // c\n}\n");
  const ast::Field& f = *p.tops<ast::Model>()[0]->fields()[0];
  CHECK(p.at(f.span) == "a String @db.VarChar(255) @default(\"x\") // c");
  CHECK(p.at(f.name.span) == "a");
  CHECK(p.at(f.type->span) == "String");
  CHECK(p.at(f.attributes[0].span) == "@db.VarChar(255)");
  CHECK(p.at(f.attributes[0].name.span) == "db.VarChar");
  CHECK(p.at(f.attributes[0].arguments->span) == "(255)");
  const ast::Argument& arg = f.attributes[1].arguments->arguments[0];
  CHECK(p.at(arg.span) == "\"x\"");
  CHECK(p.at(arg.value->span) == "\"x\"");
  CHECK(p.at(f.trailing_comment->span) == "// c");
  const auto q = parse("model B {\n  @@index([a, b], map: \"i\") // why\n}\n");
  const ast::BlockAttribute& b = *q.tops<ast::Model>()[0]->block_attributes()[0];
  CHECK(q.at(b.attribute.span) == "@@index([a, b], map: \"i\")");
  CHECK(q.at(b.span) == "@@index([a, b], map: \"i\") // why");
  const ast::Argument& named = b.attribute.arguments->arguments[1];
  CHECK(q.at(named.span) == "map: \"i\"");
  CHECK(q.at(named.name->span) == "map");
}

TEST_CASE("parse: what a block keeps for the formatter") {
  const auto p = parse("model A { // odd\n  id Int @id\n\n\n}\n");
  const ast::Model& m = *p.tops<ast::Model>()[0];
  CHECK(m.after_open_brace == " // odd");
  REQUIRE(m.members.size() == 2);
  CHECK(std::get<ast::EmptyLines>(m.members[1]).count == 2);
}

TEST_CASE("parse: a type alias and a keyword-less block are kept as nodes") {
  const auto p = parse("type Id = String @id @default(\"x\")\nfoo {\n  a b\n}\n");
  const auto aliases = p.tops<ast::TypeAlias>();
  REQUIRE(aliases.size() == 1);
  CHECK(aliases[0]->name.name == "Id");
  CHECK(aliases[0]->base.name.name == "String");
  CHECK(aliases[0]->attributes.size() == 2);
  const auto blocks = p.tops<ast::ArbitraryBlock>();
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0]->name.name == "foo");
  CHECK(p.at(blocks[0]->span) == "foo {\n  a b\n}");
}

TEST_CASE("parse: a byte order mark is not whitespace, as for Prisma 7.10.1") {
  const auto p = parse("\xEF\xBB\xBFmodel A {\n  id Int @id\n}\n");
  CHECK(p.tops<ast::Model>().empty());
  CHECK(p.codes().size() == 3);
}

TEST_CASE("parse: enum value documentation") {
  const auto p =
      parse("/// Roles.\nenum Role {\n  /// Plain user.\n  USER\n  ADMIN /// Boss.\n}\n");
  const ast::Enum& e = *p.tops<ast::Enum>()[0];
  REQUIRE(e.documentation.size() == 1);
  CHECK(e.documentation[0].text == " Roles.");
  const auto values = e.values();
  REQUIRE(values[0]->documentation.size() == 1);
  CHECK(values[0]->documentation[0].text == " Plain user.");
  REQUIRE(values[1]->documentation.size() == 1);
  CHECK(values[1]->documentation[0].text == " Boss.");
}
