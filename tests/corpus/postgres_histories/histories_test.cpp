// History replay on PostgreSQL: every postgresql migration history of ../shared/corpus/histories,
// each migration.sql applied in Prisma's order and Prisma's way (backends/postgres/migrations.hpp)
// into a fresh database, diffs empty against its schema.prisma at the end, and against
// steps/<name>.prisma right after migration <name> (steps.tsv, status ok). The same folder given
// to the command line as `migrations:DIR` with a --shadow-database must give the same verdict.
// Disagreements are listed in known_exceptions.tsv with their causes.
#include <chrono>
#include <filesystem>
#include <string>
#include <unistd.h>

#include <doctest/doctest.h>

#include "backends/postgres/migrations.hpp"
#include "tests/corpus/postgres_histories/history_support.hpp"
#include "tests/corpus/robustness/cli_run.hpp"
#include "tests/postgres/scratch_database.hpp"

using namespace schemac;
using namespace schemac::test::pg_history;
using schemac::test::ScratchDatabase;
namespace pg = backends::postgres;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// `schemac diff --from migrations:DIR --shadow-database URL --to SCHEMA --exit-code` agrees
// with the library's replay: exit 0 when that diff was empty, 2 when not.
std::vector<std::string> cli_disagreement(const History& h, const std::filesystem::path& schema,
                                          bool final_empty) {
  const test::Run run = test::run_schemac(
      "diff --from 'migrations:" + (h.dir / "migrations").string() + "' --shadow-database '" +
      test::cluster_url() + "' --to '" + schema.string() + "' --summary --exit-code");
  const int expected = final_empty ? 0 : 2;
  if (run.exit_code == expected) {
    return {};
  }
  return {"schemac diff exited " + std::to_string(run.exit_code) + ", expected " +
          std::to_string(expected) + ": " + run.output.substr(0, 2000)};
}

}  // namespace

TEST_CASE("corpus: PostgreSQL histories replay to their schema, at the end and at every step") {
  KnownExceptions known;
  int histories = 0;
  int finals_equal = 0;
  int steps = 0;
  int steps_equal = 0;
  int cli_agree = 0;
  for (const History& h : postgres_histories()) {
    const auto start = std::chrono::steady_clock::now();
    ++histories;
    ScratchDatabase db;
    pg::Connection conn = db.connect_here();
    REQUIRE(conn.execute_script("SET client_min_messages TO warning").ok());  // no NOTICEs
    const std::filesystem::path scratch = std::filesystem::temp_directory_path() /
                                          ("schemac-pg-history-" + std::to_string(::getpid()));
    const std::filesystem::path final_schema = view_ids_as_unique(h.schema, scratch / "final");
    std::string failed;  // the first migration that did not apply: later comparisons are moot
    // What the project's hosting provides and its migrations assume (a pgvector stand-in,
    // Supabase's `extensions` schema): run first, as Prisma's own replay of the corpus did
    // (../shared/corpus/tools/replay-with-prisma.sh, Prisma 7's migrations.initShadowDb).
    for (const std::filesystem::path& prelude : h.preludes) {
      if (auto ran = conn.execute_script(slurp(prelude)); !ran && failed.empty()) {
        failed = "the prelude " + prelude.string() + " failed: " + ran.error().message;
      }
    }
    auto migrations = pg::list_migrations(h.dir / "migrations");
    REQUIRE_MESSAGE(migrations.ok(), h.project);
    int history_steps = 0;
    int history_steps_equal = 0;
    for (const pg::MigrationFile& m : migrations.value()) {
      if (failed.empty()) {
        if (auto ran = pg::apply_migration(conn, m); !ran) {
          failed = ran.error().message;
        }
      }
      const auto step = h.steps.find(m.name);
      if (step == h.steps.end()) {
        continue;
      }
      ++history_steps;
      const std::vector<std::string> diffs =
          failed.empty() ? diff_to_schema(conn, view_ids_as_unique(step->second, scratch / "step"))
                         : std::vector<std::string>{failed};
      history_steps_equal += known.record("history/" + h.project + "/step/" + m.name, diffs);
    }
    const std::vector<std::string> diffs =
        failed.empty() ? diff_to_schema(conn, final_schema) : std::vector<std::string>{failed};
    const bool final_empty = known.record("history/" + h.project + "/final", diffs);
    finals_equal += final_empty ? 1 : 0;
    const double replay_seconds = seconds_since(start);
    cli_agree +=
        known.record("cli/" + h.project, cli_disagreement(h, final_schema, final_empty)) ? 1 : 0;
    MESSAGE(h.project << ": " << migrations.value().size() << " migrations, final "
                      << std::string(final_empty ? "empty" : "not empty") << ", steps "
                      << history_steps_equal << "/" << history_steps << " empty; replay "
                      << replay_seconds << " s, CLI " << seconds_since(start) - replay_seconds
                      << " s");
    std::error_code ec;
    std::filesystem::remove_all(scratch, ec);
    steps += history_steps;
    steps_equal += history_steps_equal;
  }
  for (const std::string& id : known.unused("history/")) {
    FAIL_CHECK(id << " is listed in known_exceptions.tsv but was not replayed");
  }
  for (const std::string& id : known.unused("cli/")) {
    FAIL_CHECK(id << " is listed in known_exceptions.tsv but was not run");
  }
  MESSAGE("postgresql histories: final " << finals_equal << "/" << histories << ", steps "
                                         << steps_equal << "/" << steps << ", CLI agrees "
                                         << cli_agree << "/" << histories);
  CHECK(histories == 13);
  CHECK(steps >= 900);
}
