// Running a script statement by statement on the suite's throwaway cluster: the script's own
// transaction is atomic, CONCURRENTLY runs after it, and every failure says which statement
// failed, what was rolled back, what stays, and what to clean up.
#include <string>

#include <doctest/doctest.h>

#include "backends/postgres/connection.hpp"
#include "tests/postgres/scratch_database.hpp"

using schemac::backends::postgres::Connection;
using schemac::backends::postgres::StatementsRun;
using schemac::test::ScratchDatabase;

namespace {

std::string value(Connection& conn, const std::string& sql) {
  auto rows = conn.query(sql);
  INFO(sql << ": " << (rows.ok() ? std::string() : rows.error().message));
  REQUIRE(rows.ok());
  REQUIRE(rows.value().size() == 1);
  return rows.value().values[0][0].value_or("NULL");
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The shape of a `schemac diff --online` script: settings, the transaction, then the steps that
// PostgreSQL refuses inside one.
const char* const kOnlineScript = R"(-- schemac 0.1.0 migration script (postgresql)

-- SetLockTimeout
SET lock_timeout = '5s';

BEGIN;

-- AddColumn
ALTER TABLE "t" ADD COLUMN "b" TEXT;
ALTER TABLE "t" ADD CONSTRAINT "t_b_not_null" CHECK ("b" IS NOT NULL) NOT VALID;

COMMIT;

-- CreateIndex
CREATE UNIQUE INDEX CONCURRENTLY "t_a_key" ON "t"("a");

-- ValidateConstraint
ALTER TABLE "t" VALIDATE CONSTRAINT "t_b_not_null";
)";

}  // namespace

TEST_CASE("postgres execute_statements: an --online script runs, CONCURRENTLY outside BEGIN") {
  SUBCASE("as one query it fails, after committing its transaction") {
    // A multi-statement query is one implicit transaction block, which CONCURRENTLY refuses;
    // the script's own COMMIT has already taken effect by then: execute_script is no way to
    // run such a script.
    ScratchDatabase db;
    Connection conn = db.connect_here();
    REQUIRE(conn.execute_script("CREATE TABLE t (id int PRIMARY KEY, a int)").ok());
    auto whole = conn.execute_script(kOnlineScript);
    REQUIRE(!whole.ok());
    CHECK(contains(whole.error().message, "cannot run inside a transaction block"));
    CHECK(value(conn, "SELECT to_regclass('t_a_key') IS NULL") == "t");
    CHECK(value(conn,
                "SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass AND "
                "attname = 'b'") == "1");
  }
  ScratchDatabase db;
  Connection conn = db.connect_here();
  REQUIRE(conn.execute_script("CREATE TABLE t (id int PRIMARY KEY, a int)").ok());
  auto ran = conn.execute_statements(kOnlineScript);
  INFO((ran.ok() ? std::string() : ran.error().message));
  REQUIRE(ran.ok());
  CHECK(ran.value() == 7);
  CHECK(value(conn, "SELECT indisvalid FROM pg_index WHERE indexrelid = 't_a_key'::regclass") ==
        "t");
  CHECK(value(conn, "SELECT convalidated FROM pg_constraint WHERE conname = 't_b_not_null'") ==
        "t");
  CHECK(value(conn, "SHOW lock_timeout") == "5s");  // SET lasts for the session
}

TEST_CASE("postgres execute_statements: a failure in the transaction leaves it without a trace") {
  ScratchDatabase db;
  Connection conn = db.connect_here();
  REQUIRE(conn.execute_script("CREATE TABLE kept (id int); INSERT INTO kept VALUES (1)").ok());
  const std::string script =
      "CREATE TABLE before_tx (id int);\n"
      "BEGIN;\n"
      "CREATE TABLE lost (id int);\n"
      "INSERT INTO kept VALUES (2);\n"
      "SELECT * FROM missing;\n"
      "COMMIT;\n"
      "CREATE INDEX CONCURRENTLY kept_id ON kept (id);\n";
  const StatementsRun run = conn.run_statements(script);
  REQUIRE(run.failure.has_value());
  CHECK(run.total == 7);
  CHECK(run.committed == 1);
  CHECK(run.failure->index == 4);
  CHECK(run.failure->line == 5);
  CHECK(run.failure->statement == "SELECT * FROM missing");
  CHECK(run.failure->sqlstate == "42P01");
  CHECK(run.failure->transaction_begin == 1);
  const std::string message = run.message();
  CHECK(message ==
        "statement 5 of 7 (line 5) failed: `SELECT * FROM missing`: relation \"missing\" does "
        "not exist; its transaction (statements 2-5) was rolled back; statement 1 stays applied; "
        "statements 6-7 were not run");
  CHECK(value(conn, "SELECT to_regclass('lost') IS NULL") == "t");
  CHECK(value(conn, "SELECT to_regclass('before_tx') IS NOT NULL") == "t");
  CHECK(value(conn, "SELECT count(*) FROM kept") == "1");
  CHECK(value(conn, "SELECT to_regclass('kept_id') IS NULL") == "t");
  // The session is usable again, outside any transaction.
  CHECK(conn.execute_statements("SELECT 1").ok());
}

TEST_CASE("postgres execute_statements: a failed CONCURRENTLY build names the index to drop") {
  ScratchDatabase db;
  Connection conn = db.connect_here();
  REQUIRE(conn.execute_script("CREATE TABLE t (id int, a int); INSERT INTO t VALUES (1, 7), "
                              "(2, 7)")
              .ok());
  auto ran = conn.execute_statements(
      "BEGIN;\nALTER TABLE t ADD COLUMN b int;\nCOMMIT;\n"
      "CREATE UNIQUE INDEX CONCURRENTLY \"t_a_key\" ON \"t\"(\"a\");\n"
      "CREATE INDEX CONCURRENTLY t_id ON t (id);\n");
  REQUIRE(!ran.ok());
  const std::string& message = ran.error().message;
  CHECK(contains(message, "statement 4 of 5 (line 4) failed: `CREATE UNIQUE INDEX CONCURRENTLY"));
  CHECK(contains(message, "could not create unique index \"t_a_key\""));
  CHECK(contains(message, "statements 1-3 stay applied"));
  CHECK(contains(message, "statement 5 was not run"));
  CHECK(contains(message, "INVALID index \"t_a_key\""));
  CHECK(contains(message, "`DROP INDEX CONCURRENTLY IF EXISTS \"t_a_key\";`"));
  CHECK(!contains(message, "rolled back"));
  CHECK(message.find('\n') == std::string::npos);
  // The index is there, INVALID, as the message says; the advice removes it.
  CHECK(value(conn, "SELECT indisvalid FROM pg_index WHERE indexrelid = 't_a_key'::regclass") ==
        "f");
  REQUIRE(conn.execute_statements("DROP INDEX CONCURRENTLY IF EXISTS \"t_a_key\";").ok());
  CHECK(value(conn, "SELECT to_regclass('t_a_key') IS NULL") == "t");
  CHECK(value(conn,
              "SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass AND "
              "attname = 'b'") == "1");
}

TEST_CASE("postgres execute_statements: a failed VALIDATE says the constraint stays NOT VALID") {
  ScratchDatabase db;
  Connection conn = db.connect_here();
  REQUIRE(conn.execute_script("CREATE TABLE t (a int); INSERT INTO t VALUES (NULL)").ok());
  auto ran = conn.execute_statements(
      "ALTER TABLE t ADD CONSTRAINT a_nn CHECK (a IS NOT NULL) NOT VALID;\n"
      "ALTER TABLE t VALIDATE CONSTRAINT a_nn;\nALTER TABLE t ALTER COLUMN a SET NOT NULL;");
  REQUIRE(!ran.ok());
  CHECK(contains(ran.error().message, "statement 2 of 3 (line 2)"));
  CHECK(contains(ran.error().message, "is violated by some row"));
  CHECK(contains(ran.error().message, "statement 1 stays applied"));
  CHECK(contains(ran.error().message, "the constraint stays NOT VALID"));
}

TEST_CASE("postgres execute_statements: a lock not granted in lock_timeout says to retry") {
  ScratchDatabase db;
  Connection conn = db.connect_here();
  Connection holder = db.connect_here();
  REQUIRE(conn.execute_script("CREATE TABLE t (a int)").ok());
  REQUIRE(holder.query("BEGIN").ok());
  REQUIRE(holder.query("LOCK TABLE t IN ACCESS SHARE MODE").ok());
  const StatementsRun run = conn.run_statements(
      "SET lock_timeout = '100ms';\nBEGIN;\nALTER TABLE t ADD COLUMN b int;\nCOMMIT;");
  REQUIRE(run.failure.has_value());
  CHECK(run.failure->sqlstate == "55P03");
  CHECK(contains(run.message(), "retry later"));
  CHECK(contains(run.message(), "its transaction (statements 2-3) was rolled back"));
  REQUIRE(holder.query("ROLLBACK").ok());
  CHECK(conn.execute_statements("BEGIN;\nALTER TABLE t ADD COLUMN b int;\nCOMMIT;").ok());
}

TEST_CASE("postgres execute_statements: a script ending inside BEGIN is rolled back") {
  ScratchDatabase db;
  Connection conn = db.connect_here();
  const StatementsRun run = conn.run_statements("BEGIN;\nCREATE TABLE t (a int);\n");
  REQUIRE(run.failure.has_value());
  CHECK(run.committed == 0);
  CHECK(contains(run.message(),
                 "the script ends inside the transaction block that statement 1 "
                 "opened, without COMMIT"));
  CHECK(value(conn, "SELECT to_regclass('t') IS NULL") == "t");
  SUBCASE("statements outside a transaction block commit one by one") {
    auto ran = conn.execute_statements(
        "CREATE TABLE a (x int); CREATE TABLE b (x int); "
        "CREATE TABLE a (x int); CREATE TABLE c (x int)");
    REQUIRE(!ran.ok());
    CHECK(contains(ran.error().message, "statement 3 of 4"));
    CHECK(contains(ran.error().message, "statements 1-2 stay applied"));
    CHECK(value(conn, "SELECT to_regclass('b') IS NOT NULL AND to_regclass('c') IS NULL") == "t");
  }
  SUBCASE("an empty script runs nothing") {
    auto ran = conn.execute_statements("-- nothing\n");
    REQUIRE(ran.ok());
    CHECK(ran.value() == 0);
  }
}
