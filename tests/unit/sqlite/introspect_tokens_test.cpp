// Tests for backends/sqlite/introspect_tokens.cpp: what is read from CREATE statements' text.
#include "backends/sqlite/introspect_tokens.hpp"

#include <doctest/doctest.h>

using namespace schemac::backends::sqlite;

TEST_CASE("tokens: quotes, comments and numbers as SQLite's tokenizer sees them") {
  const std::string_view sql =
      "SELECT 'it''s' , \"a\"\"b\", [x y], `c``d`, X'0a', 1.5e-3, 0x1F -- c'omment\n/* \" */ ;";
  const std::vector<Token> t = tokenize(sql);
  REQUIRE(t.size() == 15);
  CHECK(is_keyword(sql, t[0], "SELECT"));
  CHECK(t[1].kind == TokenKind::String);
  CHECK(token_value(sql, t[1]) == "it's");
  CHECK(token_value(sql, t[3]) == "a\"b");
  CHECK(token_value(sql, t[5]) == "x y");
  CHECK(token_value(sql, t[7]) == "c`d");
  CHECK(t[9].kind == TokenKind::Blob);
  CHECK(token_value(sql, t[11]) == "1.5e-3");
  CHECK(token_value(sql, t[13]) == "0x1F");
  CHECK(token_value(sql, t[14]) == ";");
  SUBCASE("unterminated quotes and comments run to the end, never past it") {
    for (const std::string_view bad : {"'abc", "\"abc", "[abc", "/* abc", "-- abc", "X'ab"}) {
      const std::vector<Token> u = tokenize(bad);
      CHECK(u.size() <= 1);
      for (const Token& tok : u) {
        CHECK(tok.end == bad.size());
        CHECK(token_value(bad, tok).size() <= bad.size());
      }
    }
  }
}

TEST_CASE("tokens: foreign key names in declaration order, whatever the clause shape") {
  CHECK(foreign_key_names(R"(CREATE TABLE "a" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "x" INTEGER CONSTRAINT "not_an_fk" NOT NULL REFERENCES "p" ("id"),
    "y" TEXT DEFAULT 'REFERENCES' CHECK ("y" <> 'CONSTRAINT c REFERENCES'),
    CONSTRAINT "pk_like" UNIQUE ("y"),
    CONSTRAINT "fk one" FOREIGN KEY ("x") REFERENCES "p" ("id") ON DELETE SET NULL,
    FOREIGN KEY ("y") REFERENCES "q",
    CONSTRAINT `fk_two` FOREIGN KEY ("x", "y") REFERENCES "r" ("a", "b")
  ))") == std::vector<std::string>{"", "fk one", "", "fk_two"});
  CHECK(foreign_key_names("CREATE TABLE t (a INTEGER)").empty());
  CHECK(foreign_key_names("CREATE TABLE t AS SELECT 1 AS a").empty());
}

TEST_CASE("tokens: AUTOINCREMENT and the partial index predicate") {
  CHECK(declares_autoincrement(
      "CREATE TABLE \"t\" (\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT)"));
  CHECK_FALSE(declares_autoincrement(
      "CREATE TABLE \"t\" (\"id\" INTEGER PRIMARY KEY, \"AUTOINCREMENT\" TEXT DEFAULT "
      "'AUTOINCREMENT')"));
  CHECK(partial_index_predicate("CREATE INDEX \"i\" ON \"t\"(\"a\") WHERE \"a\" IS NOT NULL") ==
        "\"a\" IS NOT NULL");
  CHECK(partial_index_predicate("CREATE INDEX i ON t (\"where\") WHERE a = ' WHERE '  ") ==
        "a = ' WHERE '");
  CHECK(partial_index_predicate("CREATE INDEX i ON t (a)").empty());
}

TEST_CASE("tokens: skipping whitespace and comments") {
  const std::string_view sql = "  -- one\n /* two */\n\tSELECT";
  CHECK(sql.substr(skip_space_and_comments(sql, 0)) == "SELECT");
  CHECK(skip_space_and_comments("-- only", 0) == 7);
}
