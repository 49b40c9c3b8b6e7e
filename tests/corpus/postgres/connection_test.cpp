// The PostgreSQL connection against the suite's throwaway cluster: queries, scripts that fail
// atomically, and unreachable servers reported in one line without the password.
#include <doctest/doctest.h>

#include "backends/postgres/connection.hpp"
#include "tests/postgres/scratch_database.hpp"

using schemac::backends::postgres::Connection;
using schemac::backends::postgres::parse_url;
using schemac::test::ScratchDatabase;

TEST_CASE("postgres connection: queries return text rows, NULL as empty") {
  ScratchDatabase db;
  Connection conn = db.connect_here();
  auto rows = conn.query("SELECT 1 AS one, NULL::text AS nothing, 'x''y' AS quoted");
  REQUIRE(rows.ok());
  REQUIRE(rows.value().size() == 1);
  CHECK(rows.value().columns == std::vector<std::string>{"one", "nothing", "quoted"});
  CHECK(rows.value().values[0][0] == "1");
  CHECK(!rows.value().values[0][1].has_value());
  CHECK(rows.value().values[0][2] == "x'y");
  auto params = conn.query("SELECT $1::int + $2::int", {"40", "2"});
  REQUIRE(params.ok());
  CHECK(params.value().values[0][0] == "42");
  CHECK(conn.server_version() >= 120000);
}

TEST_CASE("postgres connection: a failing script changes nothing") {
  ScratchDatabase db;
  Connection conn = db.connect_here();
  REQUIRE(conn.execute_script("CREATE TABLE kept (id int); INSERT INTO kept VALUES (1);").ok());
  SUBCASE("without a transaction of its own") {
    auto failed = conn.execute_script(
        "CREATE TABLE lost (id int); INSERT INTO kept VALUES (2); SELECT * FROM missing;");
    REQUIRE(!failed.ok());
    CHECK(failed.error().message.find("missing") != std::string::npos);
  }
  SUBCASE("with BEGIN and COMMIT") {
    auto failed = conn.execute_script(
        "BEGIN; CREATE TABLE lost (id int); INSERT INTO kept VALUES (2); SELECT * FROM missing; "
        "COMMIT;");
    REQUIRE(!failed.ok());
  }
  auto lost = conn.query("SELECT to_regclass('lost') IS NULL");
  REQUIRE(lost.ok());
  CHECK(lost.value().values[0][0] == "t");
  auto kept = conn.query("SELECT count(*) FROM kept");
  REQUIRE(kept.ok());
  CHECK(kept.value().values[0][0] == "1");
}

TEST_CASE("postgres connection: an unreachable server is one line, never the password") {
  // Port 1 on loopback: nothing listens there, so the connection is refused at once.
  auto url = parse_url("postgresql://app:hunter2@127.0.0.1:1/db");
  REQUIRE(url.ok());
  auto conn = Connection::open(url.value());
  REQUIRE(!conn.ok());
  const std::string& message = conn.error().message;
  CHECK(message.find("hunter2") == std::string::npos);
  CHECK(message.find("postgresql://app:***@127.0.0.1:1/db") != std::string::npos);
  CHECK(message.find('\n') == std::string::npos);
}
