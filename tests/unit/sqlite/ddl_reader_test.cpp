// Tests for backends/sqlite/ddl_reader.cpp on hand-written DDL: every corner of the CREATE
// grammar the reader claims to understand must read exactly as SQLite's pragmas report it, and
// what it does not understand must make introspection fall back to the pragmas, never misread.
#include "backends/sqlite/ddl_reader.hpp"

#include <cstdlib>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "backends/sqlite/introspect.hpp"
#include "tests/corpus/sqlite/corpus_support.hpp"
#include "tests/unit/sqlite/sqlite_fixture.hpp"

using namespace schemac;
using namespace schemac::backends::sqlite;
using schemac::test::memory_db;

namespace {

// Introspects the database `script` makes both ways; they must agree, and the CREATE texts
// must have been read (`understood`) or not.
void check_sources_agree(std::string_view script, bool understood) {
  Connection db = memory_db(script);
  Result<Introspection> pragmas = introspect(db, {FactSource::Pragmas});
  Result<Introspection> automatic = introspect(db, {});
  REQUIRE(pragmas.ok());
  REQUIRE(automatic.ok());
  CHECK_MESSAGE(automatic.value().used_pragmas == !understood,
                "why: " << automatic.value().why_pragmas);
  std::string text;
  for (const std::string& d : test::differences(pragmas.value().schema, automatic.value().schema)) {
    text += "\n  " + d;
  }
  CHECK_MESSAGE(pragmas.value().schema == automatic.value().schema, text);
}

}  // namespace

TEST_CASE("ddl reader: quoting, comments, case and spacing read as SQLite reads them") {
  SUBCASE("four quoting styles") {
    check_sources_agree(R"sql(
CREATE TABLE "dq""x" ("a""b" INTEGER NOT NULL PRIMARY KEY, `b``c` TEXT, [c d] TEXT, 'e''f' TEXT);
CREATE TABLE `bt` ([id] TEXT, 'x' INT REFERENCES "dq""x"("a""b") ON DELETE CASCADE);
CREATE INDEX "i1" ON "dq""x" (`b``c` DESC, [c d], 'e''f');
CREATE UNIQUE INDEX [i2] ON `bt` ("X");
)sql",
                        true);
  }
  SUBCASE("comments and odd spacing everywhere") {
    check_sources_agree(
        "CREATE TABLE t -- c\n ( /* a */ id /*b*/ integer/*c*/primary/**/key , name\tvarchar ( 10 "
        ",\n2 ) -- x\n default 'a' not\nnull , n numeric(10)default(1 + /* x */ 2),"
        "d DOUBLE  PRECISION DEFAULT -  5 , e text default (  'x'  ) );\n"
        "create unique index /*x*/ ti on t ( name /* y */ collate nocase desc , d );",
        true);
  }
  SUBCASE("keywords in any case; standard types in upper case, others as written") {
    check_sources_agree(
        "create TABLE t (a Integer PRIMARY key AutoIncrement, b int, c Text, d bLoB, e real, "
        "f any, g BigInt, h VarChar(255), i unsigned big int, j);",
        true);
  }
}

TEST_CASE("ddl reader: primary keys, rowid, WITHOUT ROWID and STRICT") {
  check_sources_agree(R"sql(
CREATE TABLE a (id INTEGER PRIMARY KEY DESC, x TEXT);
CREATE TABLE b (id INTEGER, x TEXT, PRIMARY KEY (id DESC));
CREATE TABLE c (x TEXT, y INT, CONSTRAINT pk PRIMARY KEY (y DESC, x COLLATE nocase ASC));
CREATE TABLE d (x TEXT PRIMARY KEY, y INT) WITHOUT ROWID;
CREATE TABLE e (x INTEGER PRIMARY KEY, y TEXT NOT NULL) STRICT;
CREATE TABLE f (x TEXT, y INT, PRIMARY KEY (x, y)) STRICT, WITHOUT ROWID;
CREATE TABLE g (id INTEGER PRIMARY KEY AUTOINCREMENT, x TEXT);
CREATE TABLE h (id INTEGER NOT NULL, x TEXT, PRIMARY KEY (id AUTOINCREMENT));
CREATE TABLE i (id INT PRIMARY KEY, x TEXT UNIQUE, UNIQUE (x, id));
CREATE TABLE j (id INTEGER PRIMARY KEY ON CONFLICT REPLACE, x TEXT UNIQUE ON CONFLICT IGNORE);
CREATE TABLE k (id INTEGER, y INTEGER PRIMARY KEY) WITHOUT ROWID;
)sql",
                      true);
}

TEST_CASE("ddl reader: defaults as PRAGMA table_info gives them") {
  check_sources_agree(R"sql(
CREATE TABLE t (
  a TEXT DEFAULT 'it''s', b INT DEFAULT -1, c INT DEFAULT + 7, d REAL DEFAULT 1.5e-3,
  e BLOB DEFAULT X'00ff', f DATETIME DEFAULT CURRENT_TIMESTAMP, g TEXT DEFAULT NULL,
  h BOOLEAN DEFAULT true, i TEXT DEFAULT "dq", j TEXT DEFAULT (lower('A') || ')'),
  k INT DEFAULT ( ( 1 ) ), l DATETIME DEFAULT (datetime('now')), m INT DEFAULT 0x1F,
  n TEXT DEFAULT `bt`, o INT DEFAULT -NULL, p TEXT CONSTRAINT dflt DEFAULT 'x' NOT NULL
);
)sql",
                      true);
}

TEST_CASE("ddl reader: foreign keys in every form") {
  check_sources_agree(R"sql(
CREATE TABLE p (id INTEGER PRIMARY KEY, a TEXT, b TEXT, UNIQUE (a, b));
CREATE TABLE q (k1 TEXT, k2 INT, PRIMARY KEY (k2, k1));
CREATE TABLE c (
  id INTEGER PRIMARY KEY,
  p1 INT REFERENCES p,
  p2 INT CONSTRAINT fk_p2 REFERENCES "P" ("ID") ON UPDATE SET NULL ON DELETE SET DEFAULT,
  a TEXT, b TEXT, x TEXT, y INT,
  CONSTRAINT fk_ab FOREIGN KEY (a, B) REFERENCES p (a, b) ON DELETE RESTRICT MATCH SIMPLE
    DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (x, y) REFERENCES q ON UPDATE CASCADE ON DELETE NO ACTION,
  FOREIGN KEY (y) REFERENCES nowhere (z) NOT DEFERRABLE,
  CONSTRAINT named CHECK (x <> ')' AND y IN (1, 2)) FOREIGN KEY (p1) REFERENCES c (id)
);
)sql",
                      true);
}

TEST_CASE("ddl reader: CHECK, COLLATE, generated columns and indexes of every kind") {
  check_sources_agree(R"sql(
CREATE TABLE t (
  a INT CHECK (a > 0 AND (a < 10 OR a = ')')) NOT NULL,
  b TEXT COLLATE NOCASE CHECK (b != 'x)'),
  c INT GENERATED ALWAYS AS (a * 2) STORED,
  d INT AS (a + 1),
  e GENERATED ALWAYS AS (a),
  f TEXT NOT NULL GENERATED ALWAYS AS (b || 'x') VIRTUAL,
  g INT,
  CHECK (a <> g)
);
CREATE INDEX t_expr ON t (lower(b), a);
CREATE INDEX t_partial ON t (a DESC, g) WHERE a > 5 AND (b IS NOT NULL);
CREATE UNIQUE INDEX t_gen ON t (c);
CREATE INDEX t_collate ON t (b COLLATE binary DESC);
CREATE INDEX t_plus ON t (+a);
)sql",
                      true);
}

TEST_CASE("ddl reader: tables altered in place keep reading the same") {
  check_sources_agree(R"sql(
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
ALTER TABLE t ADD COLUMN b INT NOT NULL DEFAULT 3 REFERENCES t (id);
ALTER TABLE t RENAME COLUMN a TO "new ""a""";
ALTER TABLE t RENAME TO u;
CREATE INDEX u_b ON u (b);
ALTER TABLE u ADD COLUMN "c" TEXT -- a comment inside the added text
  DEFAULT 'x' /* and another */;
)sql",
                      true);
}

TEST_CASE("ddl reader: what it does not understand falls back to the pragmas") {
  check_sources_agree("CREATE TABLE t (a \"quoted type\", b 'text');", false);
  check_sources_agree("CREATE VIRTUAL TABLE f USING fts5(body);", false);
  check_sources_agree("CREATE TABLE t (a TEXT PRIMARY KEY, UNIQUE (a));", false);
  check_sources_agree("CREATE TABLE t (a TEXT, b INT); CREATE INDEX i ON t ((a));", false);
  check_sources_agree("CREATE TABLE t (a TEXT, b INT); CREATE INDEX i ON t (\"nosuch\");", false);
  check_sources_agree("CREATE TABLE t (a TEXT DEFAULT 1 DEFAULT 2);", false);
  check_sources_agree("CREATE TABLE t (a, b, PRIMARY KEY (a, b, a));", false);
}

TEST_CASE("ddl reader: the tables Prisma's describer leaves out") {
  CHECK(is_ignored_table("sqlite_sequence"));
  CHECK(is_ignored_table("SQLITE_stat1"));
  CHECK(is_ignored_table("_cf_KV"));
  CHECK_FALSE(is_ignored_table("_cf_kv"));
  CHECK(is_ignored_table("_prisma_migrations"));
  CHECK_FALSE(is_ignored_table("_Prisma_migrations"));
  CHECK(is_ignored_table("d1_migrations"));
  CHECK_FALSE(is_ignored_table("sqlite"));
}

TEST_CASE("ddl reader: any text gives up or reads, never crashes") {
  // Truncations of a statement that uses every clause: each prefix is read or refused.
  const std::string full =
      "CREATE TABLE t (\"a\" INTEGER NOT NULL PRIMARY KEY DESC ON CONFLICT ABORT AUTOINCREMENT, "
      "b VARCHAR(+1, -2) DEFAULT (')(' || [x]) CHECK (b > 0) COLLATE nocase REFERENCES u (v) "
      "ON DELETE SET NULL MATCH FULL NOT DEFERRABLE INITIALLY IMMEDIATE, c AS (a) STORED, "
      "CONSTRAINT k FOREIGN KEY (b) REFERENCES u, UNIQUE (b, c) ON CONFLICT FAIL) STRICT, "
      "WITHOUT ROWID";
  for (std::size_t n = 0; n <= full.size(); ++n) {
    const std::vector<SchemaObject> objects = {{"table", "t", "t", full.substr(0, n)}};
    (void)read_facts_from_ddl(objects);
  }
  const std::vector<SchemaObject> index = {
      {"table", "t", "t", "CREATE TABLE t (a, b)"},
      {"index", "i", "t", "CREATE UNIQUE INDEX i ON t (a COLLATE x DESC, (b), b + 1) WHERE a"}};
  for (std::size_t n = 0; n <= index[1].sql.size(); ++n) {
    std::vector<SchemaObject> cut = index;
    cut[1].sql = index[1].sql.substr(0, n);
    (void)read_facts_from_ddl(cut);
  }
  CHECK(read_facts_from_ddl({{"index", "i", "nowhere", "CREATE INDEX i ON nowhere (a)"}})
            .error()
            .message.find("no table") != std::string::npos);
}

TEST_CASE("ddl reader: names that are keywords elsewhere, and texts SQLite wrote itself") {
  SUBCASE("fallback keywords as column names and types") {
    check_sources_agree(
        "CREATE TABLE 'sq' (key TEXT, desc INT, action TEXT, generated TEXT, always INT, "
        "replace ASC, x INT GENERATED ALWAYS, y VARCHAR(10) GENERATED ALWAYS AS (key) STORED, "
        "z KEY MATCH, \"ünï\" TEXT DEFAULT 'é', PRIMARY KEY (desc, key DESC));\n"
        "CREATE INDEX sq_i ON sq (desc, action COLLATE \"NOCASE\", replace ASC);",
        true);
  }
  SUBCASE("CREATE TABLE AS SELECT and a renamed table") {
    check_sources_agree(
        "CREATE TABLE src (id INTEGER PRIMARY KEY, \"a b\" TEXT, n NUMERIC, r REAL, x);\n"
        "CREATE TABLE copy AS SELECT * FROM src;\n"
        "CREATE TABLE child (id INT REFERENCES src);\n"
        "ALTER TABLE src RENAME TO \"renamed src\";",
        true);
  }
}

TEST_CASE("ddl reader: random CREATE-like text is read or refused, never crashes") {
  // SCHEMAC_SEED=n reproduces a run, as in robustness_test.cpp.
  const char* env = std::getenv("SCHEMAC_SEED");
  const unsigned seed = env != nullptr ? static_cast<unsigned>(std::strtoul(env, nullptr, 10))
                                       : std::random_device{}();
  INFO("SCHEMAC_SEED=" << seed);
  std::mt19937 rng(seed);
  static constexpr const char* kPieces[] = {"(",       ")",          ",",          " ",
                                            "'",       "\"",         "`",          "[",
                                            "]",       "--",         "/*",         "*/",
                                            "\n",      "a",          "b",          "1",
                                            "-",       "+",          "INTEGER",    "TEXT",
                                            "PRIMARY", "KEY",        "DESC",       "NOT",
                                            "NULL",    "DEFAULT",    "CHECK",      "UNIQUE",
                                            "FOREIGN", "REFERENCES", "ON",         "DELETE",
                                            "SET",     "CASCADE",    "CONSTRAINT", "GENERATED",
                                            "ALWAYS",  "AS",         "STORED",     "COLLATE",
                                            "WITHOUT", "ROWID",      "STRICT",     "AUTOINCREMENT",
                                            "MATCH",   "DEFERRABLE", "INITIALLY",  "WHERE",
                                            "\xff"};
  std::uniform_int_distribution<int> len(0, 30);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(kPieces) - 1);
  const auto random_text = [&] {
    std::string out;
    for (int i = len(rng); i > 0; --i) {
      out += kPieces[pick(rng)];
    }
    return out;
  };
  int read = 0;
  for (int i = 0; i < 3000; ++i) {
    // Closed, so that some texts are whole statements and get past the column list.
    const std::string table = "CREATE TABLE t (a " + random_text() + ")";
    const std::string index = "CREATE INDEX i ON t (" + random_text() + ")";
    CAPTURE(table);
    CAPTURE(index);
    const Result<std::vector<TableFacts>> facts =
        read_facts_from_ddl({{"table", "t", "t", table}, {"index", "i", "t", index}});
    read += facts.ok() ? 1 : 0;
    CHECK((facts.ok() || !facts.error().message.empty()));
  }
  MESSAGE(read << " of 3000 random texts read");
}
