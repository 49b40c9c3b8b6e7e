// `schemac diff --online` under load: the script it writes for a live database (CREATE UNIQUE
// INDEX CONCURRENTLY, CREATE INDEX CONCURRENTLY, a foreign key NOT VALID then VALIDATE, NOT
// NULL through a validated CHECK) runs statement by statement while another session keeps
// inserting and updating rows of the same table; the writer is never blocked into an error and
// makes progress during the migration, and the database ends exactly at the target schema with
// valid indexes. A third session watches the migration's session to count the writes made while
// an index build was running. Needs the schemac binary (SCHEMAC_BINARY) beside the test.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <doctest/doctest.h>

#include "backends/postgres/connection.hpp"
#include "tests/postgres/scratch_database.hpp"

using schemac::backends::postgres::Connection;
using schemac::test::ScratchDatabase;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Enough rows that each index build and validation takes measurable time (about a second in all
// on the 2-core CI machine), few enough that the whole test stays well under 20 s.
constexpr int kRows = 300'000;

const char* const kFrom = R"(datasource db {
  provider = "postgresql"
}

model Owner {
  id   Int    @id
  name String
}

model Item {
  id      Int     @id @default(autoincrement())
  sku     String
  qty     Int?
  ownerId Int?
  note    String?
}
)";

const char* const kTo = R"(datasource db {
  provider = "postgresql"
}

model Owner {
  id    Int    @id
  name  String
  items Item[]
}

model Item {
  id      Int     @id @default(autoincrement())
  sku     String  @unique
  qty     Int
  ownerId Int?
  owner   Owner?  @relation(fields: [ownerId], references: [id])
  note    String?

  @@index([qty, note])
}
)";

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs the schemac binary; returns its exit code.
int run_schemac(const std::string& args) {
  REQUIRE_MESSAGE(fs::exists(SCHEMAC_BINARY),
                  "build the schemac target first (" << SCHEMAC_BINARY << ")");
  const int status = std::system((std::string(SCHEMAC_BINARY) + " " + args).c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string value(Connection& conn, const std::string& sql) {
  auto rows = conn.query(sql);
  INFO(sql << ": " << (rows.ok() ? std::string() : rows.error().message));
  REQUIRE(rows.ok());
  REQUIRE(rows.value().size() == 1);
  return rows.value().values[0][0].value_or("NULL");
}

// The other session: inserts a row and updates another, each statement in its own transaction,
// until told to stop. Its statement_timeout turns any wait longer than the migration's
// lock_timeout into an error, which the test then sees.
struct Writer {
  std::atomic<bool> stop{false};
  std::atomic<long> writes{0};
  std::atomic<long> slowest_ms{0};
  std::atomic<bool> failed{false};
  std::string error;  // read once the thread has ended

  void run(const std::string& url) {
    // No doctest assertion in this thread: a failed REQUIRE here would end the process.
    auto parsed = schemac::backends::postgres::parse_url(url);
    auto opened = parsed.ok() ? Connection::open(parsed.value())
                              : schemac::Result<Connection>(parsed.error());
    if (!opened.ok()) {
      error = opened.error().message;
      failed = true;
      return;
    }
    Connection& conn = opened.value();
    if (auto set = conn.query("SET statement_timeout = '5s'"); !set.ok()) {
      error = set.error().message;
      failed = true;
      return;
    }
    for (long n = 0; !stop.load(); ++n) {
      const auto start = Clock::now();
      auto done = (n % 2 == 0) ? conn.query(
                                     "INSERT INTO \"Item\" (\"sku\", \"qty\", \"ownerId\") VALUES "
                                     "('w-' || $1, $1::int % 100, 1 + $1::int % 10)",
                                     {std::to_string(n)})
                               : conn.query(
                                     "UPDATE \"Item\" SET \"qty\" = \"qty\" + 1, \"note\" = 'w' "
                                     "WHERE \"id\" = 1 + ($1::int * 7919) % $2::int",
                                     {std::to_string(n), std::to_string(kRows)});
      if (!done.ok()) {
        error = done.error().message;
        failed = true;
        return;
      }
      const long ms =
          std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
      slowest_ms.store(std::max(slowest_ms.load(), ms));
      ++writes;
    }
  }
};

// A third session that watches what the migration's session is running (pg_stat_activity) and
// counts the writer's writes that completed while a CONCURRENTLY build, or a VALIDATE, was in
// progress: with a plain CREATE INDEX (SHARE lock) the first count would be 0.
struct Observer {
  std::atomic<bool> stop{false};
  std::atomic<long> during_build{0};
  std::atomic<long> during_validate{0};
  std::atomic<int> builds_seen{0};

  void run(const std::string& url, const std::string& pid, const Writer& writer) {
    auto parsed = schemac::backends::postgres::parse_url(url);
    if (!parsed.ok()) {
      return;
    }
    auto opened = Connection::open(parsed.value());
    if (!opened.ok()) {
      return;
    }
    Connection& conn = opened.value();
    std::string previous_query;
    long previous_writes = 0;
    while (!stop.load()) {
      const long writes = writer.writes.load();
      auto rows = conn.query(
          "SELECT query FROM pg_stat_activity WHERE pid = $1::int AND state = 'active'", {pid});
      int now = -1;
      std::string query;
      if (rows.ok() && rows.value().size() == 1 && rows.value().values[0][0]) {
        query = *rows.value().values[0][0];
        now = query.find("CONCURRENTLY") != std::string::npos          ? 0
              : query.find("VALIDATE CONSTRAINT") != std::string::npos ? 1
                                                                       : -1;
      }
      if (now == 0 && query != previous_query) {
        ++builds_seen;
      }
      if (now != -1 && query == previous_query) {
        (now == 0 ? during_build : during_validate) += writes - previous_writes;
      }
      previous_query = std::move(query);
      previous_writes = writes;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
};

}  // namespace

TEST_CASE("postgres --online: indexes and validations run while another session writes") {
  ScratchDatabase db;
  const fs::path dir = fs::temp_directory_path() / ("schemac_online_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream(dir / "from.prisma") << kFrom;
    std::ofstream(dir / "to.prisma") << kTo;
  }
  const std::string url = db.url();

  // FROM, from schemac's own script, with rows that satisfy TO (qty set, unique skus, owners).
  REQUIRE(run_schemac("diff --from empty --to " + (dir / "from.prisma").string() + " -o " +
                      (dir / "create.sql").string()) == 0);
  Connection conn = db.connect_here();
  auto created = conn.execute_statements(slurp(dir / "create.sql"));
  REQUIRE_MESSAGE(created.ok(), (created.ok() ? std::string() : created.error().message));
  auto filled = conn.execute_statements(
      "INSERT INTO \"Owner\" SELECT i, 'owner ' || i FROM generate_series(1, 10) i;\n"
      "INSERT INTO \"Item\" (\"sku\", \"qty\", \"ownerId\", \"note\") SELECT 'sku-' || i, i % "
      "1000, 1 + i % 10, md5(i::text) FROM generate_series(1, " +
      std::to_string(kRows) + ") i;\nANALYZE \"Item\";");
  REQUIRE_MESSAGE(filled.ok(), (filled.ok() ? std::string() : filled.error().message));

  // The migration, as `schemac diff --online` writes it for the live database.
  REQUIRE(run_schemac("diff --online --from " + url + " --to " + (dir / "to.prisma").string() +
                      " -o " + (dir / "online.sql").string()) == 0);
  const std::string script = slurp(dir / "online.sql");
  CHECK(script.find("CREATE UNIQUE INDEX CONCURRENTLY \"Item_sku_key\"") != std::string::npos);
  CHECK(script.find("CREATE INDEX CONCURRENTLY \"Item_qty_note_idx\"") != std::string::npos);
  CHECK(script.find("VALIDATE CONSTRAINT \"Item_ownerId_fkey\"") != std::string::npos);
  CHECK(script.find("VALIDATE CONSTRAINT \"Item_qty_not_null\"") != std::string::npos);
  CHECK(script.find("SET lock_timeout") != std::string::npos);

  Writer writer;
  std::thread thread([&] { writer.run(url); });
  // Let the writer get going, so that the migration starts under load.
  const auto deadline = Clock::now() + std::chrono::seconds(10);
  while (writer.writes.load() < 20 && !writer.failed.load() && Clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  Observer observer;
  const std::string pid = value(conn, "SELECT pg_backend_pid()");
  std::thread watching([&] { observer.run(url, pid, writer); });
  const long writes_before = writer.writes.load();
  const auto start = Clock::now();
  const auto migrated = conn.execute_statements(script);
  const auto seconds = std::chrono::duration<double>(Clock::now() - start).count();
  const long writes_during = writer.writes.load() - writes_before;
  observer.stop = true;
  watching.join();
  writer.stop = true;
  thread.join();

  MESSAGE("--online migration of "
          << kRows << " rows: " << seconds << " s; the writer made " << writes_during
          << " writes meanwhile (" << observer.during_build.load() << " while "
          << observer.builds_seen.load() << " CONCURRENTLY builds ran, "
          << observer.during_validate.load() << " during VALIDATEs), the slowest took "
          << writer.slowest_ms.load() << " ms");
  REQUIRE_MESSAGE(migrated.ok(), (migrated.ok() ? std::string() : migrated.error().message));
  CHECK_MESSAGE(writer.error.empty(), "the writer failed: " << writer.error);
  CHECK(writes_during > 10);
  // The index builds did not stop the writer: it wrote while they ran.
  CHECK(observer.builds_seen.load() >= 1);  // two builds; a short one may fall between polls
  CHECK(observer.during_build.load() > 0);

  // Both indexes are built and VALID; the foreign key is validated; qty is NOT NULL and its
  // helper check is gone.
  CHECK(value(conn,
              "SELECT bool_and(indisvalid AND indisready) FROM pg_index WHERE indexrelid IN "
              "('\"Item_sku_key\"'::regclass, '\"Item_qty_note_idx\"'::regclass)") == "t");
  CHECK(value(conn,
              "SELECT convalidated FROM pg_constraint WHERE conname = "
              "'Item_ownerId_fkey'") == "t");
  CHECK(value(conn,
              "SELECT attnotnull FROM pg_attribute WHERE attrelid = '\"Item\"'::regclass "
              "AND attname = 'qty'") == "t");
  CHECK(value(conn, "SELECT count(*) FROM pg_constraint WHERE conname = 'Item_qty_not_null'") ==
        "0");
  CHECK(std::stol(value(conn, "SELECT count(*) FROM \"Item\"")) > kRows);
  // And the database is TO: no difference left.
  CHECK(run_schemac("diff --from " + url + " --to " + (dir / "to.prisma").string() +
                    " --exit-code > " + (dir / "after.sql").string()) == 0);
  fs::remove_all(dir);
}
