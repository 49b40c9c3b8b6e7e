// The SQL reader itself: it must understand every script the oracle produced, and read the
// pieces right, or the agreement test below it would compare nonsense.
#include "tests/corpus/ir/sql_reader.hpp"

#include <doctest/doctest.h>

#include "tests/corpus/ir/expectations.hpp"

using namespace schemac;
using namespace schemac::test;

TEST_CASE("sql reader: reads a PostgreSQL script into tables, keys, indexes and enums") {
  const std::string sql = R"(-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "users"."Role" AS ENUM ('user', 'it''s');

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "name" TEXT DEFAULT 'it''s, (not) NOT NULL',
    "roles" "users"."Role"[] DEFAULT ARRAY['user']::"users"."Role"[],
    "x" DOUBLE PRECISION NOT NULL DEFAULT 1.0,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id","name")
);

-- CreateIndex
CREATE INDEX "i" ON "users" USING GIN ("name" gin_trgm_ops DESC, "x");

-- CreateIndex
CREATE UNIQUE INDEX "u" ON "users"("x") WHERE "x" > 0;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "f" FOREIGN KEY ("id") REFERENCES "s"."T"("a") ON DELETE SET NULL ON UPDATE NO ACTION;
)";
  const ReadSchema r = read_prisma_sql(sql, ir::Dialect::Postgres);
  REQUIRE(r.errors.empty());
  CHECK(r.schema.namespaces == std::vector<std::string>{"public"});
  REQUIRE(r.schema.enums.size() == 1);
  CHECK(r.schema.enums[0] == ir::Enum{"Role", "users", {"user", "it's"}});
  REQUIRE(r.schema.tables.size() == 1);
  const ir::Table& t = r.schema.tables[0];
  REQUIRE(t.columns.size() == 4);
  CHECK(t.columns[0].type.native == "SERIAL");
  CHECK(t.columns[0].autoincrement);
  CHECK_FALSE(t.columns[0].nullable);
  CHECK(t.columns[1].nullable);
  CHECK(t.columns[1].default_value->expression == "'it''s, (not) NOT NULL'");
  CHECK(t.columns[2].type.native == "\"users\".\"Role\"[]");
  CHECK(t.columns[3].type.native == "DOUBLE PRECISION");
  CHECK(t.columns[3].default_value->expression == "1.0");
  CHECK(t.primary_key->name == "users_pkey");
  REQUIRE(t.indexes.size() == 2);
  CHECK(t.indexes[0].algorithm == ir::IndexAlgorithm::Gin);
  CHECK(t.indexes[0].columns[0].operator_class == "gin_trgm_ops");
  CHECK(t.indexes[0].columns[0].sort == ir::SortOrder::Desc);
  CHECK(t.indexes[1].kind == ir::IndexKind::Unique);
  CHECK(t.indexes[1].where == "\"x\" > 0");
  REQUIRE(t.foreign_keys.size() == 1);
  CHECK(t.foreign_keys[0] == ir::ForeignKey{"f",
                                            {"id"},
                                            "s",
                                            "T",
                                            {"a"},
                                            ir::ReferentialAction::SetNull,
                                            ir::ReferentialAction::NoAction});
}

TEST_CASE("sql reader: reads SQLite's inline keys and foreign keys") {
  const std::string sql = R"(-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "j" JSONB NOT NULL DEFAULT {"a": 1},
    CONSTRAINT "Post_id_fkey" FOREIGN KEY ("id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comp" (
    "a" INTEGER NOT NULL,

    PRIMARY KEY ("a", "b")
);
)";
  const ReadSchema r = read_prisma_sql(sql, ir::Dialect::Sqlite);
  REQUIRE(r.errors.empty());
  REQUIRE(r.schema.tables.size() == 2);
  const ir::Table& post = r.schema.tables[0];
  CHECK(post.columns[0].autoincrement);
  CHECK(post.primary_key->name.empty());
  CHECK(post.primary_key->columns.size() == 1);
  CHECK(post.columns[1].default_value->expression == "{\"a\": 1}");
  CHECK(post.foreign_keys.size() == 1);
  CHECK(r.schema.tables[1].primary_key->columns.size() == 2);
}

TEST_CASE("sql reader: reports what it cannot read") {
  const ReadSchema r = read_prisma_sql("-- X\nDROP TABLE \"a\";\n", ir::Dialect::Sqlite);
  CHECK(r.errors.size() == 1);
}

TEST_CASE("sql reader: understands every script the oracle produced for the corpus") {
  int read = 0;
  for (const Unit& u : corpus_units()) {
    if (!u.oracle_ok) {
      continue;
    }
    const std::string sql = slurp(u.sql_path);
    REQUIRE_MESSAGE(!sql.empty(), u.sql_path);
    const ReadSchema r = read_prisma_sql(sql, u.dialect);
    for (const std::string& e : r.errors) {
      FAIL_CHECK(u.id() << ": " << e);
    }
    ++read;
  }
  if (using_committed_expectations()) {
    CHECK(read >= 45);
  }
}
