// History replay: every SQLite migration history of ../shared/corpus/histories, replayed in
// Prisma's order into one in-memory database, introspects equal to the lowered schema.prisma at
// the end, and to steps/<name>.prisma right after migration <name> (steps.tsv, status ok).
#include <filesystem>
#include <string>

#include <doctest/doctest.h>

#include "backends/sqlite/connection.hpp"
#include "backends/sqlite/introspect.hpp"
#include "backends/sqlite/migrations.hpp"
#include "tests/corpus/sqlite/corpus_support.hpp"

using namespace schemac;
using namespace schemac::test;
namespace sqlite = backends::sqlite;
namespace fs = std::filesystem;

namespace {

// A replayed history is compared with its names sorted: its order is the database's and
// legitimately differs from declaration order. SQLite appends an added column at the end
// (ALTER TABLE ADD COLUMN) where the schema may declare it in the middle; a rebuilt table
// (Prisma's RedefineTables) moves to the end of sqlite_schema; an index created by a later
// migration comes after the older ones. Prisma's own diff ignores these orders too. The parity
// test (from empty) keeps the order and compares exactly.
std::vector<std::string> replay_differences(const Lowered& lowered, sqlite::Connection& db) {
  if (!lowered.ok) {
    return {"does not lower: " + lowered.error};
  }
  Result<ir::Schema> got = sqlite::introspect(db);
  if (!got) {
    return {"does not introspect: " + got.error().message};
  }
  return differences(sorted_by_name(lowered.schema), sorted_by_name(got.value()));
}

// steps/<name>.prisma, or steps/<name>/ for a step taken from a multi-file schema.
std::string step_schema(const fs::path& history, const std::string& name) {
  const fs::path file = history / "steps" / (name + ".prisma");
  return fs::exists(file) ? file.string() : (history / "steps" / name).string();
}

}  // namespace

TEST_CASE("corpus: SQLite histories replay to their schema, at the end and at every step") {
  const fs::path root = fs::path(SCHEMAC_SHARED_DIR) / "corpus" / "histories";
  KnownExceptions known;
  int histories = 0;
  int finals_equal = 0;
  int steps = 0;
  int steps_equal = 0;
  for (const auto& row : read_tsv((root / "INDEX.tsv").string())) {
    // project path provider …
    if (row.size() < 3 || row[2] != "sqlite") {
      continue;
    }
    ++histories;
    const std::string project = row[0];
    const fs::path history = root / row[1];
    std::map<std::string, bool> has_step;
    for (const auto& step : read_tsv((history / "steps.tsv").string())) {
      // migration commit commit_date prefix_identical status
      if (step.size() >= 5 && step[4] == "ok") {
        has_step[step[0]] = true;
      }
    }
    Result<std::vector<sqlite::MigrationFile>> migrations =
        sqlite::list_migrations(history / "migrations");
    REQUIRE_MESSAGE(migrations.ok(), project);
    Result<sqlite::Connection> db = sqlite::Connection::open(":memory:", sqlite::OpenMode::Create);
    REQUIRE(db.ok());
    std::string failed;  // the first migration that did not apply: later comparisons are moot
    for (const sqlite::MigrationFile& m : migrations.value()) {
      if (failed.empty()) {
        Result<bool> ran = db.value().execute_script(slurp(m.script.string()));
        if (!ran) {
          failed = "migration `" + m.name + "` failed: " + ran.error().message;
        }
      }
      if (has_step.count(m.name) == 0) {
        continue;
      }
      ++steps;
      const std::vector<std::string> diffs =
          failed.empty()
              ? replay_differences(lower_schema_at(step_schema(history, m.name)), db.value())
              : std::vector<std::string>{failed};
      steps_equal += known.record("history/" + project + "/step/" + m.name, diffs) ? 1 : 0;
    }
    const std::vector<std::string> diffs =
        failed.empty()
            ? replay_differences(lower_schema_at((history / "schema.prisma").string()), db.value())
            : std::vector<std::string>{failed};
    finals_equal += known.record("history/" + project + "/final", diffs) ? 1 : 0;
  }
  for (const std::string& id : known.unused("history/")) {
    FAIL_CHECK(id << " is listed in known_exceptions.tsv but was not replayed");
  }
  MESSAGE("sqlite histories: final " << finals_equal << "/" << histories << ", steps "
                                     << steps_equal << "/" << steps);
  CHECK(histories == 3);
  CHECK(steps >= 44);
}
