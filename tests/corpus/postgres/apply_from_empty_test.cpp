// schemac's PostgreSQL scripts run: for every postgresql unit of
// tests/corpus/ir/expected/INDEX.tsv, the from-empty script `schemac diff --from empty` writes
// (header, BEGIN, steps, COMMIT) applies to a fresh database on the suite's cluster. Units that
// need what the cluster lacks are listed in apply_exceptions.tsv with the reason; a listed unit
// that applies, or an unlisted one that fails, fails the test.
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <doctest/doctest.h>

#include "backends/migration.hpp"
#include "tests/corpus/ir/pipeline.hpp"
#include "tests/postgres/scratch_database.hpp"

using namespace schemac;
using schemac::test::ScratchDatabase;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::istringstream in(slurp(path));
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::vector<std::string> cols;
    std::istringstream row(line);
    for (std::string col; std::getline(row, col, '\t');) {
      cols.push_back(col);
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

}  // namespace

TEST_CASE("postgres: schemac's from-empty script applies for every postgresql corpus unit") {
  std::map<std::string, std::string> exceptions;
  for (const auto& row :
       read_tsv(std::string(SCHEMAC_SOURCE_DIR) + "/tests/corpus/postgres/apply_exceptions.tsv")) {
    if (row.size() >= 2) {
      exceptions[row[0]] = row[1];
    }
  }
  std::set<std::string> seen;
  const std::string expected_dir = std::string(SCHEMAC_SOURCE_DIR) + "/tests/corpus/ir/expected/";
  int count = 0;
  int applied = 0;
  for (const auto& row : read_tsv(expected_dir + "INDEX.tsv")) {
    if (row.size() < 6 || row[4] != "postgresql" || row[5] != "ok") {
      continue;
    }
    const std::string id = row[1] + "/" + row[0];
    const std::string path =
        row[2] == "absolute"
            ? row[3]
            : std::string(row[2] == "repo" ? SCHEMAC_SOURCE_DIR : SCHEMAC_SHARED_DIR) + "/" +
                  row[3];
    ++count;
    seen.insert(id);
    const test::PipelineResult lowered = test::lower_schema_at(path);
    std::string failure;
    if (!lowered.ok) {
      failure = "does not lower";
    } else {
      ir::Schema empty;
      empty.dialect = ir::Dialect::Postgres;
      auto migration = backends::make_migration({empty, lowered.lowered.schema, "empty", path});
      if (!migration.ok()) {
        failure = "no migration: " + migration.error().message;
      } else {
        ScratchDatabase db;
        auto conn = db.connect_here();
        // The projects' databases have these extensions without declaring them in the schema
        // (their migrations create them in raw SQL: documenso's and shelf's gin_trgm_ops
        // indexes, rallly's and standupbot's CITEXT columns); Prisma's scripts need them too.
        REQUIRE(conn.execute_script("CREATE EXTENSION IF NOT EXISTS pg_trgm; "
                                    "CREATE EXTENSION IF NOT EXISTS citext;")
                    .ok());
        auto ran = conn.execute_script(migration.value().script);
        if (!ran.ok()) {
          failure = ran.error().message;
        }
      }
    }
    const bool listed = exceptions.count(id) != 0;
    if (failure.empty()) {
      ++applied;
      CHECK_MESSAGE(!listed, id << " now applies: remove it from apply_exceptions.tsv");
    } else {
      CHECK_MESSAGE(listed, id << ": " << failure);
    }
  }
  for (const auto& [id, reason] : exceptions) {
    CHECK_MESSAGE(seen.count(id) != 0, id << " is listed in apply_exceptions.tsv but is not a "
                                             "postgresql unit any more");
  }
  MESSAGE("postgresql from-empty scripts applied: " << applied << "/" << count << " units");
  CHECK(count >= 75);
}
