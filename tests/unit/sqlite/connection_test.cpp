// Tests for backends/sqlite/connection.cpp: opening, running scripts atomically, reading values.
#include "backends/sqlite/connection.hpp"

#include <fstream>

#include <doctest/doctest.h>

#include "tests/unit/sqlite/sqlite_fixture.hpp"

using namespace schemac;
using namespace schemac::backends::sqlite;
using schemac::test::memory_db;
using schemac::test::TempDir;
using schemac::test::value_of;

namespace {

// A parent with two CASCADE children rows, foreign keys enforced, as a Prisma app runs it.
Connection parent_with_cascading_children() {
  Connection db = memory_db(R"sql(
CREATE TABLE "Parent" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT);
CREATE TABLE "Child" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "parentId" INTEGER NOT NULL,
    CONSTRAINT "Child_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "Parent" ("id", "name") VALUES (1, 'a'), (2, NULL);
INSERT INTO "Child" ("parentId") VALUES (1), (2);
)sql");
  REQUIRE(db.execute_script("PRAGMA foreign_keys=ON;").ok());
  REQUIRE(value_of(db, "PRAGMA foreign_keys") == "1");
  return db;
}

// What Prisma's migrate writes to make Parent.name required (RedefineTables), byte for byte in
// its shape: no BEGIN/COMMIT, its own foreign key PRAGMAs.
constexpr const char* kPrismaRedefineParent = R"sql(-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Parent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL DEFAULT ''
);
INSERT INTO "new_Parent" ("id", "name") SELECT "id", coalesce("name", '') AS "name" FROM "Parent";
DROP TABLE "Parent";
ALTER TABLE "new_Parent" RENAME TO "Parent";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
)sql";

}  // namespace

TEST_CASE("connection: open reports a bad path in one line and never crashes") {
  TempDir dir;
  SUBCASE("missing file, read-only and read-write") {
    for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
      const Result<Connection> db = Connection::open(dir.file("missing.db"), mode);
      REQUIRE_FALSE(db.ok());
      CHECK(db.error().message ==
            "cannot open SQLite database `" + dir.file("missing.db") + "`: no such file");
    }
  }
  SUBCASE("a folder") {
    const Result<Connection> db = Connection::open(dir.path.string(), OpenMode::ReadOnly);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.find("is a directory") != std::string::npos);
  }
  SUBCASE("a file that is not a database") {
    const std::string path = dir.file("schema.prisma");
    std::ofstream(path) << "datasource db {\n  provider = \"sqlite\"\n}\n"
                        << std::string(200, 'x') << "\n";
    const Result<Connection> db = Connection::open(path, OpenMode::ReadOnly);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message ==
          "cannot open SQLite database `" + path + "`: file is not a database");
    CHECK(db.error().message.find('\n') == std::string::npos);
  }
  SUBCASE("Create makes the file; ReadOnly then opens it and cannot write") {
    const std::string path = dir.file("new.db");
    {
      Result<Connection> db = Connection::open(path, OpenMode::Create);
      REQUIRE(db.ok());
      REQUIRE(db.value().execute_script("CREATE TABLE t (a INTEGER);").ok());
    }
    Result<Connection> ro = Connection::open(path, OpenMode::ReadOnly);
    REQUIRE(ro.ok());
    CHECK(value_of(ro.value(), "SELECT count(*) FROM sqlite_schema") == "1");
    const Result<bool> write = ro.value().execute_script("INSERT INTO t VALUES (1);");
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().message.find("readonly") != std::string::npos);
  }
}

TEST_CASE("connection: a script is split by SQLite itself, comments and strings included") {
  Connection db = memory_db(R"sql(
-- a comment; with a semicolon
CREATE TABLE "t;1" ("a" TEXT DEFAULT 'x;y', "b" TEXT); /* another; comment */
INSERT INTO "t;1" ("b") VALUES ('-- not a comment;'), ('/* nor this; */');
CREATE TRIGGER "tr" AFTER INSERT ON "t;1" BEGIN
  UPDATE "t;1" SET "b" = 'fired;' WHERE rowid = NEW.rowid;
END;
INSERT INTO "t;1" ("b") VALUES ('z');
SELECT 1; SELECT 2;
)sql");
  CHECK(value_of(db, "SELECT count(*) FROM \"t;1\"") == "3");
  CHECK(value_of(db, "SELECT group_concat(\"b\", '|') FROM \"t;1\"") ==
        "-- not a comment;|/* nor this; */|fired;");
  CHECK(value_of(db, "SELECT \"a\" FROM \"t;1\" LIMIT 1") == "x;y");
}

TEST_CASE("connection: a script without BEGIN/COMMIT is all or nothing") {
  Connection db = memory_db("CREATE TABLE kept (a INTEGER); INSERT INTO kept VALUES (1);");
  const Result<bool> ran = db.execute_script(
      "CREATE TABLE added (a INTEGER);\n"
      "INSERT INTO kept VALUES (2);\n"
      "\n"
      "-- the failing one is on line 5\n"
      "INSERT INTO missing_table VALUES (3);\n"
      "CREATE TABLE never (a INTEGER);\n");
  REQUIRE_FALSE(ran.ok());
  CHECK(ran.error().message ==
        "statement at line 5 failed: no such table: missing_table "
        "(`INSERT INTO missing_table VALUES (3);`)");
  CHECK(value_of(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('added', 'never')") == "0");
  CHECK(value_of(db, "SELECT group_concat(a) FROM kept") == "1");
  SUBCASE("a trigger body's BEGIN is not transaction control: still all or nothing") {
    const Result<bool> again = db.execute_script(
        "CREATE TRIGGER tr AFTER INSERT ON kept BEGIN SELECT 1; END;\n"
        "INSERT INTO kept VALUES (9);\n"
        "SELECT * FROM missing_table;\n");
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.find("line 3") != std::string::npos);
    CHECK(value_of(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'") == "0");
    CHECK(value_of(db, "SELECT count(*) FROM kept") == "1");
  }
  SUBCASE("the statement excerpt is one line of about 80 characters") {
    const Result<bool> long_one = db.execute_script(
        "INSERT INTO kept\n  SELECT a FROM kept WHERE a IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, "
        "12, 13, 14, 15, 16, 17, 18, 19, 20) AND b = 1;");
    REQUIRE_FALSE(long_one.ok());
    CHECK(long_one.error().message ==
          "statement at line 1 failed: no such column: b (`INSERT INTO kept SELECT a FROM kept "
          "WHERE a IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1…`)");
  }
}

TEST_CASE("connection: Prisma's table rebuild keeps the rows of ON DELETE CASCADE children") {
  Connection db = parent_with_cascading_children();
  const Result<bool> ran = db.execute_script(kPrismaRedefineParent);
  REQUIRE_MESSAGE(ran.ok(), (ran.ok() ? "" : ran.error().message));
  CHECK(value_of(db, "SELECT count(*) FROM \"Child\"") == "2");
  CHECK(value_of(db, "SELECT group_concat(\"name\", '|') FROM \"Parent\"") == "a|");
  // The connection's setting is what it was before the script.
  CHECK(value_of(db, "PRAGMA foreign_keys") == "1");
  SUBCASE("and it was really enforced: a later delete cascades") {
    REQUIRE(db.execute_script("DELETE FROM \"Parent\" WHERE \"id\" = 1;").ok());
    CHECK(value_of(db, "SELECT count(*) FROM \"Child\"") == "1");
  }
}

TEST_CASE(
    "connection: a script that turns foreign keys off and leaves one violated changes "
    "nothing") {
  Connection db = parent_with_cascading_children();
  const Result<bool> ran = db.execute_script(
      "PRAGMA foreign_keys=OFF;\n"
      "CREATE TABLE other (a INTEGER);\n"
      "DELETE FROM \"Parent\" WHERE \"id\" = 2;\n"
      "INSERT INTO \"Child\" (\"parentId\") VALUES (42);\n");
  REQUIRE_FALSE(ran.ok());
  CHECK(ran.error().message == "the script leaves foreign keys violated in table `Child`");
  CHECK(value_of(db, "SELECT count(*) FROM \"Parent\"") == "2");
  CHECK(value_of(db, "SELECT count(*) FROM \"Child\"") == "2");
  CHECK(value_of(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'other'") == "0");
  CHECK(value_of(db, "PRAGMA foreign_keys") == "1");
}

TEST_CASE("connection: a script that keeps foreign keys on cascades, or fails whole") {
  Connection db = parent_with_cascading_children();
  REQUIRE(db.execute_script("DELETE FROM \"Parent\" WHERE \"id\" = 2;").ok());
  CHECK(value_of(db, "SELECT count(*) FROM \"Child\"") == "1");
  const Result<bool> ran = db.execute_script(
      "INSERT INTO \"Parent\" (\"id\") VALUES (3);\n"
      "INSERT INTO \"Child\" (\"parentId\") VALUES (42);\n");
  REQUIRE_FALSE(ran.ok());
  CHECK(ran.error().message ==
        "statement at line 2 failed: FOREIGN KEY constraint failed "
        "(`INSERT INTO \"Child\" (\"parentId\") VALUES (42);`)");
  CHECK(value_of(db, "SELECT count(*) FROM \"Parent\"") == "1");
  CHECK(value_of(db, "PRAGMA foreign_keys") == "1");
}

TEST_CASE("connection: foreign keys that were off stay off after a script") {
  Connection db = memory_db("CREATE TABLE t (a INTEGER);");
  REQUIRE(value_of(db, "PRAGMA foreign_keys") == "0");
  REQUIRE(db.execute_script("INSERT INTO t VALUES (1); PRAGMA foreign_keys=ON;").ok());
  CHECK(value_of(db, "PRAGMA foreign_keys") == "0");
}

TEST_CASE("connection: a script with its own transaction runs as written") {
  Connection db = parent_with_cascading_children();
  SUBCASE("schemac's rebuild shape succeeds and keeps the children") {
    const Result<bool> ran = db.execute_script(
        "PRAGMA foreign_keys=OFF;\nBEGIN;\n"
        "CREATE TABLE \"new_Parent\" (\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "
        "\"name\" TEXT NOT NULL DEFAULT '');\n"
        "INSERT INTO \"new_Parent\" SELECT \"id\", coalesce(\"name\", '') FROM \"Parent\";\n"
        "DROP TABLE \"Parent\";\nALTER TABLE \"new_Parent\" RENAME TO \"Parent\";\n"
        "PRAGMA foreign_key_check;\nCOMMIT;\nPRAGMA foreign_keys=ON;\n");
    REQUIRE(ran.ok());
    CHECK(value_of(db, "SELECT count(*) FROM \"Child\"") == "2");
    CHECK(value_of(db, "PRAGMA foreign_keys") == "1");
  }
  SUBCASE("a failure rolls the open transaction back and restores foreign_keys") {
    const Result<bool> ran = db.execute_script(
        "PRAGMA foreign_keys=OFF;\nBEGIN;\nCREATE TABLE x (a INTEGER);\n"
        "DELETE FROM \"Parent\";\nINSERT INTO nowhere VALUES (1);\nCOMMIT;\n"
        "PRAGMA foreign_keys=ON;\n");
    REQUIRE_FALSE(ran.ok());
    CHECK(ran.error().message.find("statement at line 5 failed: no such table: nowhere") == 0);
    CHECK(value_of(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'x'") == "0");
    CHECK(value_of(db, "SELECT count(*) FROM \"Parent\"") == "2");
    CHECK(value_of(db, "SELECT count(*) FROM \"Child\"") == "2");
    CHECK(value_of(db, "PRAGMA foreign_keys") == "1");
  }
}

TEST_CASE("connection: query_value reads one value and reports failures") {
  Connection db = memory_db("CREATE TABLE t (a TEXT); INSERT INTO t VALUES (NULL);");
  CHECK(value_of(db, "SELECT a FROM t") == "");
  const Result<std::string> none = db.query_value("SELECT a FROM t WHERE 0");
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().message == "query returned no row (`SELECT a FROM t WHERE 0`)");
  const Result<std::string> bad = db.query_value("SELECT nope FROM t");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message == "query failed: no such column: nope (`SELECT nope FROM t`)");
}

TEST_CASE("connection: inside the caller's open transaction a script gets a savepoint") {
  Connection db = memory_db("CREATE TABLE t (a INTEGER);");
  REQUIRE(db.execute_script("BEGIN; INSERT INTO t VALUES (1);").ok());
  const Result<bool> failed =
      db.execute_script("INSERT INTO t VALUES (2);\nINSERT INTO nope VALUES (3);\n");
  REQUIRE_FALSE(failed.ok());
  CHECK(value_of(db, "SELECT group_concat(a) FROM t") == "1");
  REQUIRE(db.execute_script("INSERT INTO t VALUES (4);").ok());
  CHECK(value_of(db, "SELECT group_concat(a) FROM t") == "1,4");
  REQUIRE(db.execute_script("ROLLBACK;").ok());
  CHECK(value_of(db, "SELECT count(*) FROM t") == "0");
}

TEST_CASE("connection: SQLite's message is kept on one line, however the token spans lines") {
  Connection db = memory_db("CREATE TABLE t (a TEXT);");
  const Result<bool> ran =
      db.execute_script("INSERT INTO t VALUES (1);\nINSERT INTO t VALUES (\"a\n\nb);\n");
  REQUIRE_FALSE(ran.ok());
  CHECK(ran.error().message ==
        "statement at line 2 failed: unrecognized token: \"\"a b); \" "
        "(`INSERT INTO t VALUES (\"a b);`)");
  CHECK(value_of(db, "SELECT count(*) FROM t") == "0");
}
