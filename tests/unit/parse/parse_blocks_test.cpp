// Tests for frontend/parse: models, views, composite types, enums and config blocks.
#include <doctest/doctest.h>

#include "tests/unit/parse/parse_fixture.hpp"

using namespace schemac::frontend;
using test::parse;

TEST_CASE("parse: a model with fields, attributes and a block attribute") {
  const auto p = parse(
      "model User {\n"
      "  id    Int     @id @default(autoincrement())\n"
      "  email String? @unique @db.VarChar(255)\n"
      "  posts Post[]\n"
      "\n"
      "  @@index([email(sort: Desc)], map: \"idx\")\n"
      "}\n");
  CHECK(p.diags.items().empty());
  const auto models = p.tops<ast::Model>();
  REQUIRE(models.size() == 1);
  const ast::Model& m = *models[0];
  CHECK(m.kind == ast::ModelKind::Model);
  CHECK(m.name.name == "User");
  CHECK(p.at(m.name.span) == "User");
  CHECK(p.at(m.keyword_span) == "model");
  CHECK(p.at(m.span).substr(0, 12) == "model User {");
  CHECK(p.at(m.span).back() == '}');
  const auto fields = m.fields();
  REQUIRE(fields.size() == 3);
  CHECK(fields[0]->name.name == "id");
  CHECK(fields[0]->type->name.name == "Int");
  CHECK(fields[0]->type->arity == ast::Arity::Required);
  REQUIRE(fields[0]->attributes.size() == 2);
  CHECK(fields[0]->attributes[0].name.name == "id");
  CHECK_FALSE(fields[0]->attributes[0].arguments.has_value());
  const ast::Attribute& def = fields[0]->attributes[1];
  CHECK(def.name.name == "default");
  CHECK(p.at(def.span) == "@default(autoincrement())");
  REQUIRE(def.arguments->arguments.size() == 1);
  const auto& call = std::get<ast::FunctionCall>(def.arguments->arguments[0].value->value);
  CHECK(call.name.name == "autoincrement");
  CHECK(call.arguments.arguments.empty());
  CHECK(p.at(fields[0]->span) == "id    Int     @id @default(autoincrement())");

  CHECK(fields[1]->type->arity == ast::Arity::Optional);
  CHECK(p.at(fields[1]->type->span) == "String?");
  CHECK(fields[1]->attributes[1].name.name == "db.VarChar");
  const auto& n = std::get<ast::NumericLiteral>(
      fields[1]->attributes[1].arguments->arguments[0].value->value);
  CHECK(n.text == "255");
  CHECK(fields[2]->type->arity == ast::Arity::List);
  CHECK(fields[2]->type->name.name == "Post");

  const auto blocks = m.block_attributes();
  REQUIRE(blocks.size() == 1);
  const ast::Attribute& index = blocks[0]->attribute;
  CHECK(index.name.name == "index");
  REQUIRE(index.arguments->arguments.size() == 2);
  const auto& list = std::get<ast::ArrayExpression>(index.arguments->arguments[0].value->value);
  REQUIRE(list.items.size() == 1);
  const auto& sorted = std::get<ast::FunctionCall>(list.items[0].value);
  CHECK(sorted.name.name == "email");
  CHECK(sorted.arguments.arguments[0].name->name == "sort");
  CHECK(std::get<ast::ConstantValue>(sorted.arguments.arguments[0].value->value).text == "Desc");
  CHECK(index.arguments->arguments[1].name->name == "map");
  CHECK(std::get<ast::StringLiteral>(index.arguments->arguments[1].value->value).value == "idx");
  // Members keep blank lines, in order.
  REQUIRE(m.members.size() == 5);
  CHECK(std::holds_alternative<ast::EmptyLines>(m.members[3]));
}

TEST_CASE("parse: view and type blocks share the model shape") {
  const auto p = parse("view V {\n  id Int @unique\n}\ntype Address {\n  street String\n}\n");
  CHECK(p.diags.items().empty());
  const auto models = p.tops<ast::Model>();
  REQUIRE(models.size() == 2);
  CHECK(models[0]->kind == ast::ModelKind::View);
  CHECK(models[1]->kind == ast::ModelKind::CompositeType);
  CHECK(models[1]->name.name == "Address");
}

TEST_CASE("parse: enum values with attributes and a block attribute") {
  const auto p =
      parse("enum Role {\n  USER @map(\"user\")\n  ADMIN // boss\n  @@map(\"roles\")\n}\n");
  CHECK(p.diags.items().empty());
  const auto enums = p.tops<ast::Enum>();
  REQUIRE(enums.size() == 1);
  const auto values = enums[0]->values();
  REQUIRE(values.size() == 2);
  CHECK(values[0]->name.name == "USER");
  CHECK(values[0]->attributes[0].name.name == "map");
  CHECK(values[1]->trailing_comment->text == " boss");
  CHECK(p.at(values[1]->span) == "ADMIN // boss");
  CHECK(enums[0]->block_attributes().size() == 1);
}

TEST_CASE("parse: datasource and generator blocks, with and without url") {
  const auto p = parse(
      "datasource db {\n"
      "  provider  = \"postgresql\"\n"
      "  url       = env(\"DATABASE_URL\")\n"
      "  directUrl = env(\"DIRECT_URL\") // direct\n"
      "  shadowDatabaseUrl = \"postgresql://x\"\n"
      "  extensions = [pg_trgm, postgis(version: \"2.1\")]\n"
      "}\n"
      "generator client {\n"
      "  provider        = \"prisma-client-js\"\n"
      "  previewFeatures = [\"views\", \"metrics\"]\n"
      "  binaryTargets   = []\n"
      "}\n");
  CHECK(p.diags.items().empty());
  const auto blocks = p.tops<ast::ConfigBlock>();
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0]->kind == ast::ConfigKind::Datasource);
  CHECK(blocks[0]->name.name == "db");
  const auto props = blocks[0]->properties();
  REQUIRE(props.size() == 5);
  CHECK(props[0]->name.name == "provider");
  CHECK(std::get<ast::StringLiteral>(props[0]->value->value).value == "postgresql");
  const auto& env = std::get<ast::FunctionCall>(props[1]->value->value);
  CHECK(env.name.name == "env");
  CHECK(props[2]->trailing_comment->text == " direct");
  const auto& ext = std::get<ast::ArrayExpression>(props[4]->value->value);
  REQUIRE(ext.items.size() == 2);
  CHECK(std::get<ast::FunctionCall>(ext.items[1].value).arguments.arguments[0].name->name ==
        "version");
  CHECK(blocks[1]->kind == ast::ConfigKind::Generator);
  const auto gprops = blocks[1]->properties();
  CHECK(std::get<ast::ArrayExpression>(gprops[1]->value->value).items.size() == 2);
  CHECK(std::get<ast::ArrayExpression>(gprops[2]->value->value).items.empty());
}

TEST_CASE("parse: a keyword glued to the name is still the keyword, as in Prisma") {
  // pest allows no-space between `model` and the name: `modelUser {` is model `User`.
  const auto p = parse("modelUser {\n  id Int @id\n}\n");
  CHECK(p.diags.items().empty());
  REQUIRE(p.tops<ast::Model>().size() == 1);
  CHECK(p.tops<ast::Model>()[0]->name.name == "User");
}

TEST_CASE("parse: a block is closed by the first line starting with `}`") {
  const auto p = parse("model A {\n  id Int @id\n} trailing\nmodel B {\n  id Int @id\n}");
  REQUIRE(p.tops<ast::Model>().size() == 2);
  REQUIRE(p.tops<ast::CatchAll>().size() == 1);
  CHECK(p.tops<ast::CatchAll>()[0]->text == "trailing");
  CHECK(p.codes() == std::vector<std::string>{"invalid_top_level_line"});
}
