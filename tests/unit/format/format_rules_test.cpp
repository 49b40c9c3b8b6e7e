// Prisma's formatting rules, one behaviour per test; every expectation is what
// `prisma format` (Prisma 7.10.1, via ../shared/oracle) prints for the same input.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "frontend/format/format.hpp"
#include "frontend/parse/parse.hpp"
#include "support/diagnostic.hpp"
#include "support/source_manager.hpp"

using namespace schemac;

namespace {

std::string format(const std::string& text) {
  SourceManager sources;
  const std::vector<FileId> ids{sources.add("schema.prisma", text)};
  Diagnostics diagnostics;
  const frontend::ast::Schema schema = frontend::parse_schema(sources, ids, diagnostics);
  const auto files = frontend::format_schema(sources, schema);
  REQUIRE(files.size() == 1);
  return files.front().text;
}

}  // namespace

TEST_CASE("format rules: fields align in columns; block attributes go last, sorted") {
  const std::string input =
      "model User {\n"
      "  id Int @id @default(autoincrement())\n"
      "  email String @unique // the login\n"
      "  name String?\n"
      "\n"
      "  posts Post[]\n"
      "  @@map(\"users\")\n"
      "  // about the index\n"
      "  @@index([name])\n"
      "}\n"
      "model Post {\n"
      "  id Int @id\n"
      "  author User @relation(fields: [authorId], references: [id])\n"
      "  authorId Int\n"
      "}\n"
      "\n"
      "\n"
      "enum Role {\n"
      "  USER\n"
      "  ADMIN @map(\"admin\")\n"
      "}\n";
  CHECK(format(input) ==
        "model User {\n"
        "  id    Int     @id @default(autoincrement())\n"
        "  email String  @unique // the login\n"
        "  name  String?\n"
        "\n"
        "  posts Post[]\n"
        "\n"
        "  // about the index\n"
        "  @@index([name])\n"
        "  @@map(\"users\")\n"
        "}\n"
        "\n"
        "model Post {\n"
        "  id       Int  @id\n"
        "  author   User @relation(fields: [authorId], references: [id])\n"
        "  authorId Int\n"
        "}\n"
        "\n"
        "enum Role {\n"
        "  USER\n"
        "  ADMIN @map(\"admin\")\n"
        "}\n");
}

TEST_CASE("format rules: field attributes are ordered id, unique, default, ..., map, relation") {
  CHECK(format("model T {\n  id Int @map(\"_id\") @db.Integer @default(1) @id\n}\n") ==
        "model T {\n  id Int @id @default(1) @map(\"_id\") @db.Integer\n}\n");
}

TEST_CASE("format rules: empty lines collapse, vanish at block edges, separate blocks") {
  const std::string input =
      "\n\n// leading comment\n"
      "datasource db {\n  provider = \"sqlite\"   // the engine\n  relationMode = \"prisma\"\n}\n"
      "model A {\n\n\n  id Int @id\n\n\n\n  name String\n\n}\n"
      "model B {   // dropped\n  id Int @id\n  this is not a field\n  @@map(\"b\")\n}\n"
      "nonsense at top level\n\n\n\nenum E {\n  X\n}\n\n\n";
  CHECK(
      format(input) ==
      "// leading comment\n"
      "datasource db {\n  provider     = \"sqlite\" // the engine\n  relationMode = \"prisma\"\n}\n"
      "\n"
      "model A {\n  id Int @id\n\n  name String\n}\n"
      "\n"
      "model B {\n  id Int @id\n  this is not a field\n\n  @@map(\"b\")\n}\n"
      "\n"
      "nonsense at top level\n\nenum E {\n  X\n}\n");
}

TEST_CASE("format rules: /* */ comments are canonised, trailing ones kept as written") {
  const std::string input =
      "/* one */ // x\n"
      "/* a\n   b */\n"
      "model A {\n"
      "  /* inside */\n"
      "  id Int @id /* trail */\n"
      "  /** doc\n   * two\n   */\n"
      "  name String\n"
      "  @@map(\"a\") /* t */\n"
      "}\n"
      "\n"
      "enum E {\n  A /* c */\n  B @map(\"b\") @foo\n}\n";
  CHECK(format(input) ==
        "/**\n * one\n */\n// x\n/**\n * a\n * b\n */\n"
        "model A {\n"
        "  /**\n   * inside\n   */\n"
        "  id   Int    @id /* trail */\n"
        "  /**\n   * doc\n   * two\n   */\n"
        "  name String\n"
        "\n"
        "  @@map(\"a\") /* t */\n"
        "}\n"
        "\n"
        // Prisma joins an enum value's attributes without a space.
        "enum E {\n  A /* c */\n  B @map(\"b\")@foo\n}\n");
}

TEST_CASE("format rules: missing relation fields and @relation are added") {
  const std::string input =
      "model A {\n  id Int @id\n  b B?\n}\n"
      "model B {\n  id Int @id\n  categories Category[]\n}\n"
      "model Category {\n  id String @id @db.Uuid\n}\n"
      "model Person {\n  id Int @id\n}\n"
      "model Child {\n  id Int @id\n  person Person @relation(fields: [personId])\n"
      "  personId Int\n}\n";
  CHECK(format(input) ==
        "model A {\n  id  Int  @id\n  b   B?   @relation(fields: [bId], references: [id])\n"
        "  bId Int?\n}\n\n"
        "model B {\n  id         Int        @id\n  categories Category[]\n  as         A[]\n}\n\n"
        "model Category {\n  id  String @id @db.Uuid\n"
        "  b   B?     @relation(fields: [bId], references: [id])\n  bId Int?\n}\n\n"
        "model Person {\n  id       Int     @id\n  children Child[]\n}\n\n"
        "model Child {\n  id       Int    @id\n"
        "  person   Person @relation(fields: [personId], references: [id])\n"
        "  personId Int\n}\n");
}

TEST_CASE("format rules: nothing is added when the schema has resolution errors") {
  SUBCASE("unknown attribute") {
    CHECK(format("model A {\n  id Int @id @foo\n  b B\n}\nmodel B {\n  id Int @id\n}\n") ==
          "model A {\n  id Int @id @foo\n  b  B\n}\n\nmodel B {\n  id Int @id\n}\n");
  }
  SUBCASE("unknown field type") {
    CHECK(format("model A {\n  id Int @id\n  b B\n  c Nope\n}\nmodel B {\n  id Int @id\n}\n") ==
          "model A {\n  id Int  @id\n  b  B\n  c  Nope\n}\n\nmodel B {\n  id Int @id\n}\n");
  }
}

TEST_CASE("format rules: a property without value keeps its key and its column") {
  CHECK(format("generator gen {\n  provider = \"fancy-generator\"\n  configValue = // todo\n}\n") ==
        "generator gen {\n  provider    = \"fancy-generator\"\n  configValue // todo\n}\n");
}

TEST_CASE("format rules: the line break after `}` is Prisma's one empty line") {
  // A comment on the closing brace's line follows the block directly (pest sees no empty line
  // between them), and a file without a final line break gets one.
  CHECK(format("model A {\n  id Int @id\n}\n\n\n\n\n// a\n// b\n\n/// doc\nmodel B {\n"
               "  id Int @id\n} // after\nmodel C {\n  id Int @id\n}") ==
        "model A {\n  id Int @id\n}\n\n// a\n// b\n\n/// doc\nmodel B {\n  id Int @id\n}\n"
        "// after\nmodel C {\n  id Int @id\n}\n");
}

TEST_CASE("format rules: CRLF files come out with LF, except inside unreadable lines") {
  CHECK(format("model A {\r\n  id Int @id // c\r\n  bad line here\r\n\r\n\r\n  name String\r\n"
               "  @@map(\"a\")\r\n}\r\n// tail\r\n") ==
        "model A {\n  id Int @id // c\n  bad line here\r\n\n  name String\n\n  @@map(\"a\")\n}\n"
        "\n// tail\n");
}
