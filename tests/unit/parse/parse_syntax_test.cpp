// Tests for frontend/parse: field types, expressions, strings, comments and line ends.
#include <doctest/doctest.h>

#include "tests/unit/parse/parse_fixture.hpp"

using namespace schemac::frontend;
using test::parse;

namespace {

const ast::Model& only_model(const test::Parsed& p) {
  const auto models = p.tops<ast::Model>();
  REQUIRE(models.size() == 1);
  return *models[0];
}

const ast::Expression& first_argument(const ast::Attribute& a) {
  REQUIRE(a.arguments.has_value());
  REQUIRE(!a.arguments->arguments.empty());
  REQUIRE(a.arguments->arguments[0].value.has_value());
  return *a.arguments->arguments[0].value;
}

}  // namespace

TEST_CASE("parse: Unsupported types keep their string") {
  const auto p = parse("model A {\n  g Unsupported(\"circle\")?\n  h Unsupported(\"x\")[]\n}\n");
  CHECK(p.diags.items().empty());
  const auto fields = only_model(p).fields();
  REQUIRE(fields.size() == 2);
  CHECK(fields[0]->type->name.name == "Unsupported");
  CHECK(p.at(fields[0]->type->name.span) == "Unsupported");
  CHECK(fields[0]->type->unsupported->value == "circle");
  CHECK(fields[0]->type->arity == ast::Arity::Optional);
  CHECK(fields[1]->type->arity == ast::Arity::List);
}

TEST_CASE("parse: legacy type forms are read and reported with Prisma's messages") {
  const auto p =
      parse("model A {\n  a: String\n  b String!\n  c [String]\n  d String[]?\n  e String\n}\n");
  const auto fields = only_model(p).fields();
  REQUIRE(fields.size() == 5);
  CHECK(fields[0]->legacy_colon);
  CHECK(fields[1]->type->legacy_required);
  CHECK(fields[2]->type->legacy_list);
  CHECK(fields[3]->type->optional_list);
  CHECK(p.codes() == std::vector<std::string>{"legacy_colon", "legacy_required_type",
                                              "legacy_list_type", "optional_list_type"});
  const auto& d = p.diags.items();
  CHECK(p.at(*d[0].span) == ":");
  CHECK(d[0].message == "Field declarations don't require a `:`.");
  CHECK(p.at(*d[1].span) == "String!");
  CHECK(d[1].message == "Fields are required by default, `!` is no longer required.");
  CHECK(p.at(*d[2].span) == "[String]");
  CHECK(d[2].message == "To specify a list, please use `Type[]` instead of `[Type]`.");
  CHECK(p.at(*d[3].span) == "String[]?");
  CHECK(d[3].message == "Optional lists are not supported. Use either `Type[]` or `Type?`.");
}

TEST_CASE("parse: arguments: positional, named, empty, trailing comma, nested calls") {
  const auto p = parse(
      "model A {\n"
      "  a String @default(uuid(7))\n"
      "  b String @default(cuid(2), map: \"d\",)\n"
      "  c Int    @default(dbgenerated(\"nextval('s')\"))\n"
      "  d Int    @default(sequence(start: 3, increment: -2))\n"
      "  e Float  @default(-1.5)\n"
      "  f String @db.ObjectId @default(auto())\n"
      "  g Int    @x(name:)\n"
      "  h Json   @default(\"[]\")\n"
      "  @@index([a(ops: raw(\"gin_trgm_ops\")), b(sort: Desc, length: 10)], type: Gin)\n"
      "  @@unique([a, b], where: raw(\"a > 0\"))\n"
      "  @@id([])\n"
      "}\n");
  CHECK(p.diags.items().empty());
  const ast::Model& m = only_model(p);
  const auto f = m.fields();
  REQUIRE(f.size() == 8);
  CHECK(std::get<ast::NumericLiteral>(
            std::get<ast::FunctionCall>(first_argument(f[0]->attributes[0]).value)
                .arguments.arguments[0]
                .value->value)
            .text == "7");
  const ast::ArgumentList& b = *f[1]->attributes[0].arguments;
  CHECK(b.trailing_comma);
  REQUIRE(b.arguments.size() == 2);
  CHECK(b.arguments[1].name->name == "map");
  CHECK(p.at(b.span) == "(cuid(2), map: \"d\",)");
  CHECK(std::get<ast::StringLiteral>(
            std::get<ast::FunctionCall>(first_argument(f[2]->attributes[0]).value)
                .arguments.arguments[0]
                .value->value)
            .value == "nextval('s')");
  const auto& seq = std::get<ast::FunctionCall>(first_argument(f[3]->attributes[0]).value);
  CHECK(seq.arguments.arguments[1].name->name == "increment");
  CHECK(std::get<ast::NumericLiteral>(seq.arguments.arguments[1].value->value).text == "-2");
  CHECK(std::get<ast::NumericLiteral>(first_argument(f[4]->attributes[0]).value).text == "-1.5");
  CHECK(std::get<ast::FunctionCall>(first_argument(f[5]->attributes[1]).value).name.name == "auto");
  // An empty argument: a name and no value.
  const ast::Argument& empty = f[6]->attributes[0].arguments->arguments[0];
  CHECK(empty.name->name == "name");
  CHECK(!empty.value);
  CHECK(std::get<ast::StringLiteral>(first_argument(f[7]->attributes[0]).value).value == "[]");

  const auto blocks = m.block_attributes();
  REQUIRE(blocks.size() == 3);
  const auto& fields =
      std::get<ast::ArrayExpression>(first_argument(blocks[0]->attribute).value).items;
  REQUIRE(fields.size() == 2);
  const auto& ops = std::get<ast::FunctionCall>(fields[0].value).arguments.arguments[0];
  CHECK(ops.name->name == "ops");
  CHECK(std::get<ast::FunctionCall>(ops.value->value).name.name == "raw");
  CHECK(std::get<ast::FunctionCall>(fields[1].value).arguments.arguments.size() == 2);
  CHECK(blocks[1]->attribute.arguments->arguments[1].name->name == "where");
  CHECK(std::get<ast::ArrayExpression>(first_argument(blocks[2]->attribute).value).items.empty());
}

TEST_CASE("parse: strings are unescaped as JSON; raw text is kept") {
  const auto p = parse(
      "model A {\n"
      "  a String @default(\"q\\\"b\\\\s\\/\\n\\t\\u00e9\\ud83d\\ude00\")\n"
      "}\n");
  CHECK(p.diags.items().empty());
  const auto& s =
      std::get<ast::StringLiteral>(first_argument(only_model(p).fields()[0]->attributes[0]).value);
  CHECK(s.value == "q\"b\\s/\n\t\xC3\xA9\xF0\x9F\x98\x80");
  CHECK(s.raw == "\"q\\\"b\\\\s\\/\\n\\t\\u00e9\\ud83d\\ude00\"");
}

TEST_CASE("parse: bad escapes are reported where Prisma reports them") {
  // Spans from Prisma 7.10.1 on the same text: `\q` at bytes 34-36, `\u12` at 61-65.
  const auto p =
      parse("model A {\n  id Int @id @default(\"a\\qb\")\n  x String @default(\"\\u12\")\n}\n");
  REQUIRE(p.diags.items().size() == 2);
  CHECK(p.codes() == std::vector<std::string>{"unknown_escape_sequence", "invalid_unicode_escape"});
  CHECK(p.diags.items()[0].span == schemac::Span{0, 34, 36});
  CHECK(p.diags.items()[1].span == schemac::Span{0, 61, 65});
  CHECK(p.diags.items()[1].message == "Invalid unicode escape sequence.");
  const auto& s =
      std::get<ast::StringLiteral>(first_argument(only_model(p).fields()[0]->attributes[1]).value);
  CHECK(s.value == "ab");
}

TEST_CASE("parse: an unpaired surrogate escape is invalid") {
  const auto p = parse("model A {\n  x String @default(\"\\ud800x\")\n}\n");
  CHECK(p.codes() == std::vector<std::string>{"invalid_unicode_escape"});
}

TEST_CASE("parse: comments: line, doc, block, trailing") {
  const auto p = parse(
      "// free\n"
      "\n"
      "/// The user.\n"
      "/// Second line.\n"
      "model User {\n"
      "  // not documentation\n"
      "  /// The id.\n"
      "  id Int @id /// trailing doc\n"
      "  /* block\n"
      "     doc */\n"
      "  name String // plain\n"
      "  @@map(\"users\") // on attribute\n"
      "}\n");
  CHECK(p.diags.items().empty());
  const auto blocks = p.tops<ast::CommentBlock>();
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0]->comments[0].text == " free");
  CHECK_FALSE(blocks[0]->comments[0].is_doc);
  const ast::Model& m = only_model(p);
  REQUIRE(m.documentation.size() == 2);
  CHECK(m.documentation[0].text == " The user.");
  CHECK(p.at(m.documentation[1].span) == "/// Second line.");
  const auto f = m.fields();
  REQUIRE(f[0]->documentation.size() == 2);
  CHECK(f[0]->documentation[0].text == " The id.");
  CHECK(f[0]->documentation[1].text == " trailing doc");
  CHECK(f[0]->trailing_comment->is_doc);
  REQUIRE(f[1]->documentation.size() == 1);
  CHECK(f[1]->documentation[0].is_block);
  CHECK(f[1]->documentation[0].text == " block\n     doc ");
  CHECK(f[1]->trailing_comment->text == " plain");
  CHECK_FALSE(f[1]->trailing_comment->is_doc);
  CHECK(m.block_attributes()[0]->trailing_comment->text == " on attribute");
  // The comments stay members, where they were written.
  CHECK(std::holds_alternative<ast::CommentBlock>(m.members[0]));
}

TEST_CASE("parse: a blank line between comments and a block detaches them") {
  const auto p = parse("/// floating\n\nmodel A {\n  id Int @id\n}\n");
  CHECK(only_model(p).documentation.empty());
}

TEST_CASE("parse: CRLF and CR line ends, tabs and Unicode spaces") {
  const auto crlf = parse("model A {\r\n\tid\tInt\t@id\r\n\r\n  name String\r\n}\r\n");
  CHECK(crlf.diags.items().empty());
  const auto f = only_model(crlf).fields();
  REQUIRE(f.size() == 2);
  CHECK(crlf.at(f[0]->span) == "id\tInt\t@id");
  const auto cr = parse("model A {\r  id Int @id\r}\r");
  CHECK(cr.diags.items().empty());
  CHECK(only_model(cr).fields().size() == 1);
  const auto nbsp = parse("model A\xC2\xA0{\n  id\xE2\x80\x83Int @id\n}\n");
  CHECK(nbsp.diags.items().empty());
}

TEST_CASE("parse: identifiers: non-ASCII letters, digits first, `-` inside") {
  // Prisma 7.10.1 accepts all of these at the parser level.
  const auto p = parse(
      "model L\xC3\xB6\xC3\xB6p {\n  id Int @id\n  n\xC3\xA9v String\n}\n"
      "model \xE6\xA8\xA1\xE5\x9E\x8B {\n  id Int @id\n}\n"
      "model 1A {\n  a-b Int\n}\n");
  CHECK(p.diags.items().empty());
  const auto models = p.tops<ast::Model>();
  REQUIRE(models.size() == 3);
  CHECK(models[0]->name.name == "L\xC3\xB6\xC3\xB6p");
  CHECK(models[0]->fields()[1]->name.name == "n\xC3\xA9v");
  CHECK(models[2]->name.name == "1A");
  CHECK(models[2]->fields()[0]->name.name == "a-b");
}

TEST_CASE("parse: identifiers: marks, symbols and `_` first are not identifiers") {
  // Prisma 7.10.1 rejects these lines: combining mark, emoji, leading underscore.
  for (const char* text :
       {"model Ae\xCC\x81 {\n  id Int @id\n}\n", "model A\xF0\x9F\x98\x80 {\n  id Int @id\n}\n",
        "model _A {\n  id Int @id\n}\n"}) {
    const auto p = parse(text);
    CHECK(p.tops<ast::Model>().empty());
    CHECK_FALSE(p.diags.items().empty());
  }
}
