// schemac's PostgreSQL plans between two schemas run on a real server and keep the rows: every
// schema pair of tests/corpus/postgres_parity/pairs/ applies (plain and --online), and the
// staged forms (backfills, NOT NULL, type casts, enum recreation, --online's steps outside the
// transaction, Prisma 6's join-table key) do what they promise on tables that have rows.
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include <doctest/doctest.h>

#include "backends/migration.hpp"
#include "tests/corpus/ir/pipeline.hpp"
#include "tests/postgres/scratch_database.hpp"

using namespace schemac;
using backends::Placement;
using backends::postgres::Connection;
using schemac::test::ScratchDatabase;
namespace fs = std::filesystem;

namespace {

ir::Schema lower_file(const std::string& path) {
  const test::PipelineResult lowered = test::lower_schema_at(path);
  INFO(path << ": " << lowered.error);
  REQUIRE(lowered.ok);
  return lowered.lowered.schema;
}

ir::Schema lower_text(const std::string& models) {
  const fs::path path =
      fs::temp_directory_path() / ("schemac_pg_apply_" + std::to_string(::getpid()) + ".prisma");
  {
    std::ofstream out(path);
    out << "datasource db {\n  provider = \"postgresql\"\n}\n\n" << models;
  }
  ir::Schema schema = lower_file(path.string());
  fs::remove(path);
  return schema;
}

ir::Schema empty() {
  ir::Schema s;
  s.dialect = ir::Dialect::Postgres;
  return s;
}

backends::Migration migration(const ir::Schema& from, const ir::Schema& to, bool online = false,
                              std::vector<backends::Backfill> backfills = {}) {
  auto m = backends::make_migration(
      {from, to, "from", "to", {}, std::move(backfills), online, false, {}});
  INFO((m.ok() ? std::string() : m.error().message));
  REQUIRE(m.ok());
  return m.value();
}

// Runs a plan as a deploy must: steps before the transaction one statement at a time, the
// transaction's steps as one BEGIN … COMMIT script, the steps after it one statement at a time
// (CREATE INDEX CONCURRENTLY refuses a transaction block, and a multi-statement query is one).
// Returns "" or the first error.
std::string run(Connection& conn, const backends::Plan& plan) {
  for (const Placement placement :
       {Placement::BeforeTransaction, Placement::InTransaction, Placement::AfterTransaction}) {
    std::string script;
    for (const backends::Step& step : plan.steps) {
      if (step.placement != placement) {
        continue;
      }
      for (const std::string& statement : step.statements) {
        if (placement == Placement::InTransaction) {
          script += statement + ";\n";
        } else if (auto done = conn.query(statement); !done.ok()) {
          return done.error().message;
        }
      }
    }
    if (!script.empty()) {
      if (auto done = conn.execute_script("BEGIN;\n" + script + "COMMIT;\n"); !done.ok()) {
        return done.error().message;
      }
    }
  }
  return "";
}

std::string value(Connection& conn, const std::string& sql) {
  auto rows = conn.query(sql);
  INFO(sql << ": " << (rows.ok() ? std::string() : rows.error().message));
  REQUIRE(rows.ok());
  REQUIRE(rows.value().size() == 1);
  return rows.value().values[0][0].value_or("NULL");
}

void exec(Connection& conn, const std::string& sql) {
  auto done = conn.execute_script(sql);
  INFO(sql << ": " << (done.ok() ? std::string() : done.error().message));
  REQUIRE(done.ok());
}

}  // namespace

TEST_CASE("postgres: every parity pair's plan applies, plain and --online") {
  const fs::path pairs = fs::path(SCHEMAC_SOURCE_DIR) / "tests/corpus/postgres_parity/pairs";
  int count = 0;
  for (const auto& entry : fs::directory_iterator(pairs)) {
    const ir::Schema from = lower_file((entry.path() / "from.prisma").string());
    const ir::Schema to = lower_file((entry.path() / "to.prisma").string());
    for (const bool online : {false, true}) {
      CAPTURE(entry.path().filename().string());
      CAPTURE(online);
      ScratchDatabase db;
      Connection conn = db.connect_here();
      exec(conn, migration(empty(), from).script);
      const backends::Migration m = migration(from, to, online);
      CHECK(run(conn, m.plan) == "");
      // Without --online every step runs in the transaction: the script as `schemac diff`
      // writes it (header, BEGIN, steps, COMMIT) also applies as one query.
      if (!online) {
        ScratchDatabase again;
        Connection c2 = again.connect_here();
        exec(c2, migration(empty(), from).script);
        auto whole = c2.execute_script(m.script);
        CHECK_MESSAGE(whole.ok(), (whole.ok() ? std::string() : whole.error().message));
      }
    }
    ++count;
  }
  CHECK(count >= 8);
}

TEST_CASE("postgres: a required column added with a backfill keeps the rows and gets values") {
  const ir::Schema from = lower_text("model User {\n  id Int @id\n  email String\n}\n");
  const ir::Schema to = lower_text(
      "model User {\n  id Int @id\n  email String\n  nick String @default(\"anon\")\n}\n");
  ScratchDatabase db;
  Connection conn = db.connect_here();
  exec(conn, migration(empty(), from).script);
  exec(conn, "INSERT INTO \"User\" VALUES (1, 'a'), (2, 'b')");
  const auto m = migration(from, to, false, {{{"", "User"}, "nick", "\"email\" || '!'"}});
  REQUIRE(run(conn, m.plan) == "");
  CHECK(value(conn, "SELECT string_agg(nick, ',' ORDER BY id) FROM \"User\"") == "a!,b!");
  CHECK(value(conn,
              "SELECT is_nullable FROM information_schema.columns WHERE column_name = "
              "'nick'") == "NO");
  CHECK(value(conn,
              "SELECT column_default FROM information_schema.columns WHERE column_name = "
              "'nick'") == "'anon'::text");
}

TEST_CASE("postgres: a column made required gets its default where NULL, also --online") {
  const ir::Schema from = lower_text(
      "model User {\n  id Int @id\n  name String?\n  tag Int\n}\n\n"
      "model Post {\n  id Int @id\n  authorId Int\n}\n");
  const ir::Schema to = lower_text(
      "model User {\n  id Int @id\n  name String @default(\"none\")\n  tag Int @unique\n"
      "  posts Post[]\n}\n\n"
      "model Post {\n  id Int @id\n  authorId Int\n"
      "  author User @relation(fields: [authorId], references: [id])\n  @@index([authorId])\n}\n");
  for (const bool online : {false, true}) {
    CAPTURE(online);
    ScratchDatabase db;
    Connection conn = db.connect_here();
    exec(conn, migration(empty(), from).script);
    exec(conn,
         "INSERT INTO \"User\" VALUES (1, NULL, 10), (2, 'x', 20); "
         "INSERT INTO \"Post\" VALUES (1, 2)");
    const auto m = migration(from, to, online);
    REQUIRE(run(conn, m.plan) == "");
    CHECK(value(conn, "SELECT string_agg(name, ',' ORDER BY id) FROM \"User\"") == "none,x");
    CHECK(value(conn,
                "SELECT attnotnull::text FROM pg_attribute WHERE attrelid = "
                "'\"User\"'::regclass AND attname = 'name'") == "true");
    // No check constraint is left behind, every index is valid, the foreign key is validated.
    CHECK(value(conn, "SELECT count(*) FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0") ==
          "0");
    CHECK(value(conn, "SELECT count(*) FROM pg_index WHERE NOT indisvalid") == "0");
    CHECK(value(conn,
                "SELECT convalidated::text FROM pg_constraint WHERE conname = "
                "'Post_authorId_fkey'") == "true");
    CHECK(value(conn,
                "SELECT count(*) FROM pg_indexes WHERE indexname IN ('User_tag_key', "
                "'Post_authorId_idx')") == "2");
  }
}

TEST_CASE("postgres: type changes convert values in place; removed enum values keep rows") {
  const ir::Schema from = lower_text(
      "enum Role {\n  USER\n  GUEST\n  ADMIN\n}\n\n"
      "model A {\n  id Int @id\n  n String\n  big Int\n  role Role @default(GUEST)\n"
      "  roles Role[]\n  m String @default(\"7\")\n}\n");
  const ir::Schema to = lower_text(
      "enum Role {\n  USER\n  ADMIN\n}\n\n"
      "model A {\n  id Int @id\n  n Int\n  big BigInt\n  role Role @default(USER)\n"
      "  roles Role[]\n  m Int @default(8)\n}\n");
  ScratchDatabase db;
  Connection conn = db.connect_here();
  exec(conn, migration(empty(), from).script);
  exec(conn, "INSERT INTO \"A\" VALUES (1, '42', 7, 'ADMIN', '{USER,ADMIN}', '5')");
  const auto m = migration(from, to);
  REQUIRE(run(conn, m.plan) == "");
  CHECK(value(conn, "SELECT n + big + m FROM \"A\"") == "54");
  CHECK(value(conn,
              "SELECT column_default FROM information_schema.columns WHERE column_name = "
              "'m'") == "8");
  CHECK(value(conn, "SELECT role::text || ' ' || roles::text FROM \"A\"") == "ADMIN {USER,ADMIN}");
  CHECK(value(conn,
              "SELECT column_default FROM information_schema.columns WHERE column_name = "
              "'role'") == "'USER'::\"Role\"");
}

TEST_CASE("postgres: an enum value added and used by the same migration") {
  const ir::Schema from = lower_text(
      "enum Role {\n  USER\n}\n\nmodel A {\n  id Int @id\n  role Role @default(USER)\n}\n");
  const ir::Schema to = lower_text(
      "enum Role {\n  USER\n  OWNER\n}\n\nmodel A {\n  id Int @id\n  role Role @default(OWNER)\n"
      "  second Role @default(OWNER)\n}\n");
  ScratchDatabase db;
  Connection conn = db.connect_here();
  exec(conn, migration(empty(), from).script);
  exec(conn, "INSERT INTO \"A\" VALUES (1, 'USER')");
  REQUIRE(run(conn, migration(from, to).plan) == "");
  CHECK(value(conn, "SELECT role::text || ' ' || second::text FROM \"A\"") == "USER OWNER");
}

TEST_CASE("postgres: Prisma 5's join table becomes Prisma 6's, keeping its rows") {
  const ir::Schema to = lower_text(
      "model Post {\n  id Int @id\n  tags Tag[]\n}\n\nmodel Tag {\n  id Int @id\n"
      "  posts Post[]\n}\n");
  ir::Schema from = to;
  for (ir::Table& t : from.tables) {
    if (t.name == "_PostToTag") {
      ir::Index unique;
      unique.name = "_PostToTag_AB_unique";
      unique.kind = ir::IndexKind::Unique;
      unique.columns = t.primary_key->columns;
      t.indexes.insert(t.indexes.begin(), unique);
      t.primary_key.reset();
    }
  }
  ScratchDatabase db;
  Connection conn = db.connect_here();
  exec(conn, migration(empty(), from).script);
  exec(conn,
       "INSERT INTO \"Post\" VALUES (1); INSERT INTO \"Tag\" VALUES (1), (2); "
       "INSERT INTO \"_PostToTag\" VALUES (1, 1), (1, 2)");
  REQUIRE(run(conn, migration(from, to).plan) == "");
  CHECK(value(conn, "SELECT count(*) FROM \"_PostToTag\"") == "2");
  CHECK(value(conn,
              "SELECT conname FROM pg_constraint WHERE contype = 'p' AND conrelid = "
              "'\"_PostToTag\"'::regclass") == "_PostToTag_AB_pkey");
  CHECK(value(conn, "SELECT count(*) FROM pg_indexes WHERE tablename = '_PostToTag'") == "2");
}
