// Cutting PostgreSQL scripts into statements: never inside quotes, identifiers, dollar quotes,
// comments, parentheses or a BEGIN ATOMIC body; and which statements refuse a transaction.
#include "backends/postgres/statements.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace schemac::backends::postgres;

namespace {

std::vector<std::string> texts(std::string_view script) {
  std::vector<std::string> out;
  for (const Statement& s : split_statements(script)) {
    out.emplace_back(s.text);
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("postgres statements: a script splits at each top-level `;`") {
  CHECK(texts("SELECT 1; SELECT 2;\nSELECT 3") == V{"SELECT 1", "SELECT 2", "SELECT 3"});
  CHECK(texts("") == V{});
  CHECK(texts(" ;;\n ; ") == V{});
  CHECK(texts("-- only a comment\n/* and another */\n") == V{});
  SUBCASE("leading comments belong to no statement, inner ones stay") {
    CHECK(texts("-- CreateTable\nCREATE TABLE t (\n  a int -- the a; column\n);\n") ==
          V{"CREATE TABLE t (\n  a int -- the a; column\n)"});
  }
  SUBCASE("offsets and lines point at the first token") {
    const std::string script = "-- header\n\nBEGIN;\n\n-- step\nCREATE TABLE t (a int);\nCOMMIT;";
    const auto s = split_statements(script);
    REQUIRE(s.size() == 3);
    CHECK(s[0].line == 3);
    CHECK(s[1].line == 6);
    CHECK(s[2].line == 7);
    CHECK(script.substr(s[1].offset, s[1].text.size()) == "CREATE TABLE t (a int)");
  }
}

TEST_CASE("postgres statements: `;` inside quotes and comments does not split") {
  SUBCASE("strings, with doubled quotes") {
    CHECK(texts("INSERT INTO t VALUES ('a;b', 'it''s; here'); SELECT 1") ==
          V{"INSERT INTO t VALUES ('a;b', 'it''s; here')", "SELECT 1"});
  }
  SUBCASE("escape strings: \\' does not close them") {
    CHECK(texts("SELECT E'a\\';b'; SELECT e'\\\\'; SELECT 2") ==
          V{"SELECT E'a\\';b'", "SELECT e'\\\\'", "SELECT 2"});
    // A word ending in E before a quote is no escape-string prefix: 'x\' closes at its quote.
    CHECK(texts("SELECT 'x\\'; SELECT 2") == V{"SELECT 'x\\'", "SELECT 2"});
  }
  SUBCASE("quoted identifiers, with doubled quotes") {
    CHECK(texts("CREATE TABLE \"a;\"\"b\" (\"c;\" int); SELECT 1") ==
          V{"CREATE TABLE \"a;\"\"b\" (\"c;\" int)", "SELECT 1"});
  }
  SUBCASE("dollar quotes, tagged and not, with other tags inside") {
    const std::string fn =
        "CREATE FUNCTION f() RETURNS trigger AS $body$\nBEGIN\n  PERFORM $$;$$; RETURN NEW;\n"
        "END;\n$body$ LANGUAGE plpgsql";
    CHECK(texts(fn + ";\nSELECT 1;") == V{fn, "SELECT 1"});
    CHECK(texts("DO $$ BEGIN RAISE NOTICE ';'; END $$; SELECT 2") ==
          V{"DO $$ BEGIN RAISE NOTICE ';'; END $$", "SELECT 2"});
  }
  SUBCASE("positional parameters and identifiers with $ are no dollar quotes") {
    CHECK(texts("PREPARE p AS SELECT $1; SELECT a$b$c FROM t; SELECT 3") ==
          V{"PREPARE p AS SELECT $1", "SELECT a$b$c FROM t", "SELECT 3"});
  }
  SUBCASE("line comments and nested block comments") {
    CHECK(texts("SELECT 1 -- a; b\n; SELECT /* x; /* y; */ z; */ 2;") ==
          V{"SELECT 1 -- a; b", "SELECT /* x; /* y; */ z; */ 2"});
  }
  SUBCASE("unterminated quotes and comments run to the end") {
    CHECK(texts("SELECT 'abc; SELECT 2") == V{"SELECT 'abc; SELECT 2"});
    CHECK(texts("SELECT 1; /* never closed; SELECT 2") == V{"SELECT 1"});
    CHECK(texts("SELECT $x$ open; SELECT 2") == V{"SELECT $x$ open; SELECT 2"});
  }
}

TEST_CASE("postgres statements: parentheses and SQL-standard function bodies hold `;`") {
  CHECK(texts("CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b); SELECT 1") ==
        V{"CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b)", "SELECT 1"});
  const std::string atomic =
      "CREATE OR REPLACE FUNCTION f(a int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
      "  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;\n  SELECT a;\nEND";
  CHECK(texts(atomic + ";\nSELECT 2;") == V{atomic, "SELECT 2"});
  const std::string procedure = "CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END";
  CHECK(texts(procedure + "; SELECT 3") == V{procedure, "SELECT 3"});
  // BEGIN as a statement (not in a routine) is a statement of its own.
  CHECK(texts("BEGIN; SELECT 1; END;") == V{"BEGIN", "SELECT 1", "END"});
}

TEST_CASE("postgres statements: which statements refuse a transaction block") {
  CHECK(runs_only_outside_transaction("CREATE INDEX CONCURRENTLY \"i\" ON \"t\"(\"a\")"));
  CHECK(runs_only_outside_transaction("-- step\ncreate unique index concurrently i on t (a)"));
  CHECK(runs_only_outside_transaction("DROP INDEX CONCURRENTLY IF EXISTS \"i\""));
  CHECK(runs_only_outside_transaction("REINDEX (VERBOSE) INDEX CONCURRENTLY i"));
  CHECK(runs_only_outside_transaction("VACUUM ANALYZE t"));
  CHECK(runs_only_outside_transaction("CREATE DATABASE d"));
  CHECK(runs_only_outside_transaction("ALTER TABLE p DETACH PARTITION c CONCURRENTLY"));
  CHECK_FALSE(runs_only_outside_transaction("CREATE INDEX \"i\" ON \"t\"(\"a\")"));
  CHECK_FALSE(runs_only_outside_transaction("ALTER TABLE \"t\" VALIDATE CONSTRAINT \"c\""));
  CHECK_FALSE(runs_only_outside_transaction("SELECT 'CREATE INDEX CONCURRENTLY'"));
  CHECK_FALSE(runs_only_outside_transaction("REINDEX INDEX i"));
  CHECK_FALSE(runs_only_outside_transaction("COMMENT ON TABLE t IS 'VACUUM CONCURRENTLY'"));
}

TEST_CASE("postgres statements: the index a CREATE INDEX CONCURRENTLY builds") {
  CHECK(concurrent_index_name("CREATE INDEX CONCURRENTLY \"User_email_idx\" ON \"User\"(\"email\")")
            .value() == "\"User_email_idx\"");
  CHECK(concurrent_index_name("create unique index concurrently if not exists ix on only s.t (a)")
            .value() == "s.ix");
  CHECK(concurrent_index_name(
            "CREATE INDEX CONCURRENTLY \"i\" ON \"sales\".\"Order\" USING gin (\"tags\")")
            .value() == "\"sales\".\"i\"");
  CHECK_FALSE(concurrent_index_name("CREATE INDEX CONCURRENTLY ON t (a)").has_value());
  CHECK_FALSE(concurrent_index_name("CREATE INDEX i ON t (a)").has_value());
}

TEST_CASE("postgres statements: words and excerpts") {
  CHECK(leading_words("/* c */ create -- x\n unique INDEX(", 5) == V{"CREATE", "UNIQUE", "INDEX"});
  CHECK(statement_excerpt("ALTER TABLE \"t\"\n    ADD COLUMN \"a\" int") ==
        "ALTER TABLE \"t\" ADD COLUMN \"a\" int");
  CHECK(statement_excerpt("SELECT 'ééééé'", 10) == "SELECT 'é…");
}
