// Tests for backends/sqlite/introspect.cpp on small hand-written databases.
#include "backends/sqlite/introspect.hpp"

#include <doctest/doctest.h>

#include "tests/unit/sqlite/sqlite_fixture.hpp"

using namespace schemac;
using namespace schemac::backends::sqlite;
using schemac::test::memory_db;

namespace {

ir::Schema introspected(std::string_view script) {
  Connection db = memory_db(script);
  Result<ir::Schema> s = introspect(db);
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? std::string() : s.error().message));
  return std::move(s.value());
}

const ir::Table& table(const ir::Schema& s, std::string_view name) {
  const ir::Table* t = s.find_table(name);
  REQUIRE_MESSAGE(t != nullptr, "no table " << name);
  return *t;
}

const ir::Column& column(const ir::Table& t, std::string_view name) {
  const ir::Column* c = t.find_column(name);
  REQUIRE_MESSAGE(c != nullptr, "no column " << name);
  return *c;
}

ir::Column col(std::string name, ir::TypeFamily family, std::string native, bool nullable,
               std::optional<ir::Default> dflt = std::nullopt) {
  ir::Column c;
  c.name = std::move(name);
  c.type.family = family;
  c.type.native = std::move(native);
  c.nullable = nullable;
  c.default_value = std::move(dflt);
  return c;
}

ir::Default val(ir::ValueKind kind, std::string text) {
  ir::Default d;
  d.value.kind = kind;
  d.value.text = std::move(text);
  return d;
}

ir::Default generated(std::string expr) {
  ir::Default d;
  d.kind = ir::DefaultKind::DbGenerated;
  d.expression = std::move(expr);
  return d;
}

ir::Default now() {
  ir::Default d;
  d.kind = ir::DefaultKind::Now;
  return d;
}

ir::IndexColumn key(std::string name, ir::SortOrder sort = ir::SortOrder::Asc) {
  ir::IndexColumn c;
  c.name = std::move(name);
  c.sort = sort;
  return c;
}

}  // namespace

TEST_CASE("introspect: every Prisma scalar type and its defaults, as Prisma writes them") {
  // The column definitions are Prisma 7's (oracle: prisma-diff --from empty), the JSON default
  // quoted because SQLite rejects Prisma's bare `DEFAULT {"a": 1}`.
  const ir::Schema s = introspected(R"sql(
CREATE TABLE "users" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT DEFAULT 'it''s',
    "f" REAL NOT NULL DEFAULT 1.0,
    "neg" REAL NOT NULL DEFAULT -3,
    "d" DECIMAL NOT NULL DEFAULT 1.50,
    "b" BOOLEAN NOT NULL DEFAULT true,
    "big" BIGINT NOT NULL DEFAULT 7,
    "created" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dt" DATETIME NOT NULL DEFAULT '2020-01-01 00:00:00 +00:00',
    "j" JSONB NOT NULL DEFAULT '{"a": 1}',
    "by" BLOB NOT NULL DEFAULT '68656c6c6f',
    "g" TEXT NOT NULL DEFAULT (lower(hex(randomblob(16)))),
    "x" circle
);
)sql");
  REQUIRE(s.tables.size() == 1);
  using F = ir::TypeFamily;
  using V = ir::ValueKind;
  ir::Table expected;
  expected.name = "users";
  ir::Column id = col("id", F::Int, "INTEGER", false);
  id.autoincrement = true;
  expected.columns = {
      id,
      col("email", F::String, "TEXT", false),
      col("name", F::String, "TEXT", true, val(V::String, "it's")),
      col("f", F::Float, "REAL", false, val(V::Number, "1.0")),
      col("neg", F::Float, "REAL", false, val(V::Number, "-3")),
      col("d", F::Decimal, "DECIMAL", false, val(V::Number, "1.50")),
      col("b", F::Boolean, "BOOLEAN", false, val(V::Boolean, "true")),
      col("big", F::BigInt, "BIGINT", false, val(V::Number, "7")),
      col("created", F::DateTime, "DATETIME", false, now()),
      col("dt", F::DateTime, "DATETIME", false, val(V::DateTime, "2020-01-01 00:00:00 +00:00")),
      col("j", F::Json, "JSONB", false, val(V::Json, "{\"a\": 1}")),
      col("by", F::Binary, "BLOB", false, val(V::Bytes, "68656c6c6f")),
      col("g", F::String, "TEXT", false, generated("(lower(hex(randomblob(16))))")),
      col("x", F::Unsupported, "circle", true),
  };
  expected.primary_key = ir::PrimaryKey{"", {key("id")}};
  CHECK(s.tables[0] == expected);
  CHECK(s.dialect == ir::Dialect::Sqlite);
}

TEST_CASE("introspect: defaults written by hand read as Prisma's describer reads them") {
  const ir::Schema s = introspected(R"sql(
CREATE TABLE t (
  i INT DEFAULT 007, i2 INTEGER DEFAULT '5', i3 INTEGER DEFAULT -0, i4 INTEGER DEFAULT (1 + 2),
  b1 BOOLEAN DEFAULT 1, b2 BOOLEAN DEFAULT FALSE, b3 BOOLEAN DEFAULT 'true',
  s1 TEXT DEFAULT "dq", s2 VARCHAR(10) DEFAULT 0, s3 TEXT DEFAULT NULL, s4 TEXT DEFAULT '',
  dt1 DATETIME DEFAULT (datetime('now')), dt2 DATETIME DEFAULT (strftime('%s', 'now')),
  j JSON DEFAULT '[]', n NUMERIC(10, 2) DEFAULT +2.5, blob BLOB DEFAULT X'ABCD'
);
)sql");
  const ir::Table& t = table(s, "t");
  using V = ir::ValueKind;
  CHECK(column(t, "i").default_value == val(V::Number, "7"));
  CHECK(column(t, "i2").default_value == val(V::Number, "5"));
  CHECK(column(t, "i3").default_value == val(V::Number, "0"));
  CHECK(column(t, "i4").default_value == generated("(1 + 2)"));
  CHECK(column(t, "b1").default_value == val(V::Boolean, "true"));
  CHECK(column(t, "b2").default_value == val(V::Boolean, "false"));
  CHECK(column(t, "b3").default_value == val(V::Boolean, "true"));
  CHECK(column(t, "s1").default_value == val(V::String, "dq"));
  CHECK(column(t, "s2").type.family == ir::TypeFamily::String);
  CHECK(column(t, "s2").type.native == "VARCHAR(10)");
  CHECK(column(t, "s2").default_value == val(V::String, "0"));
  CHECK_FALSE(column(t, "s3").default_value.has_value());
  CHECK(column(t, "s4").default_value == val(V::String, ""));
  CHECK(column(t, "dt1").default_value == now());
  CHECK(column(t, "dt2").default_value == generated("(strftime('%s', 'now'))"));
  // Prisma's describer maps only JSONB to Json; `JSON` is Unsupported, its default verbatim.
  CHECK(column(t, "j").type.family == ir::TypeFamily::Unsupported);
  CHECK(column(t, "j").default_value == generated("'[]'"));
  CHECK(column(t, "n").type.family == ir::TypeFamily::Decimal);
  CHECK(column(t, "n").default_value == val(V::Number, "2.5"));
  CHECK(column(t, "blob").default_value == generated("X'ABCD'"));
  CHECK_FALSE(t.primary_key.has_value());
}

TEST_CASE("introspect: primary keys, autoincrement and the rowid") {
  const ir::Schema s = introspected(R"sql(
CREATE TABLE "Comp" ("a" INTEGER NOT NULL, "b" TEXT NOT NULL, "c" TEXT, PRIMARY KEY ("b", "a"));
CREATE TABLE "Desc" ("a" TEXT NOT NULL, "b" INTEGER NOT NULL, PRIMARY KEY ("a" DESC, "b"));
CREATE TABLE "Rowid" (id INTEGER PRIMARY KEY, v TEXT);
CREATE TABLE "Big" ("id" BIGINT NOT NULL PRIMARY KEY);
CREATE TABLE "Str" ("id" TEXT NOT NULL PRIMARY KEY);
)sql");
  const ir::Table& comp = table(s, "Comp");
  REQUIRE(comp.primary_key.has_value());
  CHECK(comp.primary_key->columns == std::vector<ir::IndexColumn>{key("b"), key("a")});
  CHECK(comp.primary_key->name.empty());
  CHECK_FALSE(column(comp, "a").autoincrement);
  CHECK(table(s, "Desc").primary_key->columns ==
        std::vector<ir::IndexColumn>{key("a", ir::SortOrder::Desc), key("b")});
  // INTEGER PRIMARY KEY is the rowid: never NULL, but without AUTOINCREMENT not that flag.
  const ir::Column& rowid = column(table(s, "Rowid"), "id");
  CHECK_FALSE(rowid.nullable);
  CHECK_FALSE(rowid.autoincrement);
  CHECK_FALSE(column(table(s, "Big"), "id").autoincrement);
  CHECK(table(s, "Str").primary_key->columns == std::vector<ir::IndexColumn>{key("id")});
  // Only user tables: no sqlite_sequence, no sqlite_autoindex_*.
  CHECK(s.tables.size() == 5);
  CHECK(table(s, "Str").indexes.empty());
}

TEST_CASE("introspect: indexes in creation order, sort orders, partial predicates") {
  const ir::Schema s = introspected(R"sql(
CREATE TABLE "T" ("id" TEXT NOT NULL PRIMARY KEY, "a" TEXT, "b" INTEGER NOT NULL, "c" TEXT UNIQUE);
CREATE UNIQUE INDEX "T_b_key" ON "T"("b");
CREATE INDEX "T_a_b_idx" ON "T"("a" DESC, "b");
CREATE INDEX "pi" ON "T"("a") WHERE "a" IS NOT NULL;
CREATE UNIQUE INDEX "pu" ON "T"("b") WHERE b > 0 AND (a = 'x WHERE y');
CREATE INDEX "expr" ON "T"(lower("a"));
CREATE INDEX "A_first_by_name_but_last" ON "T"("b");
)sql");
  const ir::Table& t = table(s, "T");
  std::vector<ir::Index> expected(5);
  expected[0] = {"T_b_key", ir::IndexKind::Unique, {key("b")}, ir::IndexAlgorithm::BTree, ""};
  expected[1] = {"T_a_b_idx",
                 ir::IndexKind::Normal,
                 {key("a", ir::SortOrder::Desc), key("b")},
                 ir::IndexAlgorithm::BTree,
                 ""};
  expected[2] = {
      "pi", ir::IndexKind::Normal, {key("a")}, ir::IndexAlgorithm::BTree, "\"a\" IS NOT NULL"};
  expected[3] = {"pu",
                 ir::IndexKind::Unique,
                 {key("b")},
                 ir::IndexAlgorithm::BTree,
                 "b > 0 AND (a = 'x WHERE y')"};
  // `expr` is left out (an expression index, as in Prisma's describer), and so is the automatic
  // index of the inline UNIQUE (the interface's contract: not the automatic ones).
  expected[4] = {
      "A_first_by_name_but_last", ir::IndexKind::Normal, {key("b")}, ir::IndexAlgorithm::BTree, ""};
  CHECK(t.indexes == expected);
}

TEST_CASE("introspect: foreign keys with names from the CREATE TABLE text, and actions") {
  const ir::Schema s = introspected(R"sql(
CREATE TABLE "Parent" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "k" TEXT NOT NULL, "k2" INTEGER NOT NULL);
CREATE UNIQUE INDEX "Parent_k_k2_key" ON "Parent"("k", "k2");
CREATE TABLE "Child" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "p1" INTEGER CONSTRAINT "inline_fk" REFERENCES "Parent" ON DELETE SET NULL,
    "p2" INTEGER NOT NULL,
    "k" TEXT, "k2" INTEGER,
    "p3" INTEGER REFERENCES parent (ID) ON UPDATE RESTRICT ON DELETE SET DEFAULT,
    CONSTRAINT "Child_p2_fkey" FOREIGN KEY ("p2") REFERENCES "Parent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "unique k" UNIQUE ("k"),
    FOREIGN KEY ("k", "k2") REFERENCES "Parent" ("k", "k2"),
    CONSTRAINT [odd "name"] FOREIGN KEY (p2) REFERENCES "Parent"(id)
);
)sql");
  const ir::Table& child = table(s, "Child");
  using A = ir::ReferentialAction;
  const std::vector<ir::ForeignKey> expected = {
      {"inline_fk", {"p1"}, "", "Parent", {"id"}, A::SetNull, A::NoAction},
      {"", {"p3"}, "", "Parent", {"id"}, A::SetDefault, A::Restrict},
      {"Child_p2_fkey", {"p2"}, "", "Parent", {"id"}, A::Cascade, A::Cascade},
      {"", {"k", "k2"}, "", "Parent", {"k", "k2"}, A::NoAction, A::NoAction},
      {"odd \"name\"", {"p2"}, "", "Parent", {"id"}, A::NoAction, A::NoAction},
  };
  CHECK(child.foreign_keys == expected);
  CHECK(table(s, "Parent").foreign_keys.empty());
}

TEST_CASE("introspect: odd identifiers, tables in creation order, Prisma's and D1's own left out") {
  const ir::Schema s = introspected(R"sql(
CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL);
CREATE TABLE "zeta" ("x" INTEGER);
CREATE TABLE "we""ird table" ("col with space" TEXT, "quote""d" TEXT, [br] TEXT, `bt` TEXT, "ünï" TEXT);
CREATE INDEX "idx ""q""" ON "we""ird table"("quote""d");
CREATE TABLE "alpha" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT);
INSERT INTO "alpha" DEFAULT VALUES;
CREATE TABLE "new_alpha" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT);
CREATE TABLE "_cf_KV" ("key" TEXT PRIMARY KEY, "value" BLOB);
CREATE TABLE "d1_migrations" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" TEXT);
CREATE TABLE "_cf_lower" ("x" INTEGER);
)sql");
  std::vector<std::string> names;
  for (const ir::Table& t : s.tables) {
    names.push_back(t.name);
  }
  // Cloudflare D1's tables are left out as Prisma leaves them out: `_cf_` and a capital letter.
  CHECK(names ==
        std::vector<std::string>{"zeta", "we\"ird table", "alpha", "new_alpha", "_cf_lower"});
  const ir::Table& weird = table(s, "we\"ird table");
  std::vector<std::string> cols;
  for (const ir::Column& c : weird.columns) {
    cols.push_back(c.name);
  }
  CHECK(cols == std::vector<std::string>{"col with space", "quote\"d", "br", "bt", "ünï"});
  REQUIRE(weird.indexes.size() == 1);
  CHECK(weird.indexes[0].name == "idx \"q\"");
  CHECK(weird.indexes[0].columns == std::vector<ir::IndexColumn>{key("quote\"d")});
}

TEST_CASE("introspect: an empty database is an empty schema") {
  const ir::Schema s = introspected("");
  CHECK(s == ir::Schema{});
}

TEST_CASE("introspect: a table Prisma rebuilt comes last, with its new definition") {
  const ir::Schema s = introspected(R"sql(
CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "x" TEXT);
CREATE TABLE "B" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "aId" INTEGER NOT NULL,
    CONSTRAINT "B_aId_fkey" FOREIGN KEY ("aId") REFERENCES "A" ("id") ON DELETE RESTRICT ON UPDATE CASCADE);
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_A" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "x" TEXT NOT NULL DEFAULT '');
INSERT INTO "new_A" ("id", "x") SELECT "id", coalesce("x", '') AS "x" FROM "A";
DROP TABLE "A";
ALTER TABLE "new_A" RENAME TO "A";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
)sql");
  REQUIRE(s.tables.size() == 2);
  CHECK(s.tables[0].name == "B");
  CHECK(s.tables[1].name == "A");
  CHECK(column(s.tables[1], "x").default_value == val(ir::ValueKind::String, ""));
  CHECK(column(s.tables[1], "id").autoincrement);
  REQUIRE(s.tables[0].foreign_keys.size() == 1);
  CHECK(s.tables[0].foreign_keys[0].referenced_table == "A");
}

TEST_CASE("introspect: views, triggers, generated columns and virtual tables do not disturb it") {
  const ir::Schema s = introspected(R"sql(
CREATE TABLE w ("k" TEXT NOT NULL PRIMARY KEY, "v" INTEGER) WITHOUT ROWID;
CREATE TABLE g ("a" INTEGER, "b" INTEGER GENERATED ALWAYS AS ("a" + 1));
CREATE VIEW "v" AS SELECT * FROM w;
CREATE TRIGGER "tr" AFTER INSERT ON w BEGIN SELECT 1; END;
CREATE VIRTUAL TABLE f USING fts5(body);
)sql");
  std::vector<std::string> names;
  for (const ir::Table& t : s.tables) {
    names.push_back(t.name);
  }
  // fts5's shadow tables are ordinary tables, as Prisma's describer sees them too.
  CHECK(names == std::vector<std::string>{"w", "g", "f", "f_data", "f_idx", "f_content",
                                          "f_docsize", "f_config"});
  CHECK(table(s, "w").primary_key->columns == std::vector<ir::IndexColumn>{key("k")});
  CHECK(table(s, "w").indexes.empty());
  // A generated column is hidden from PRAGMA table_info, and Prisma cannot model one.
  CHECK(table(s, "g").columns.size() == 1);
  CHECK(column(table(s, "f"), "body").type.family == ir::TypeFamily::Unsupported);
}
