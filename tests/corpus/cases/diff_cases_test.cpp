// The golden cases of `schemac diff` on SQLite (tests/cases/<name>/), compared with their
// expected scripts and executed on a real SQLite database holding rows.
//
// Per case: (a) the CLI's up script, --down script and --summary against the goldens
// (rewritten with SCHEMAC_UPDATE_GOLDENS=1, refused under CI=true), and --exit-code; (b) FROM
// created from empty by the CLI's own script, and required to introspect as FROM; (c) rows
// generated from that introspected schema and inserted; (d) the up script executed; (e) the
// database introspected and diffed against TO (must be empty); (f) the rows checked; (g) the
// down script executed, the database diffed against FROM, and the rows checked again. A case with
// `expect` = `up-fails` instead requires the up script to fail (or the CLI to refuse it) and the
// database to be left exactly as it was: same schema, same rows. After each direction the CLI
// itself must also see no difference between the target and the database (`sqlite:`/`file:`) and
// the scripts replayed as a migrations folder (`migrations:`). Then all of it again on a
// database Prisma's own SQL created (prisma.from.sqlite.sql; stages prefixed `prisma:`).
//
// A case with `expect` = `down-fails` requires the down script to fail and change nothing.
//
// A case that fails for a reason owned elsewhere is listed in known_failures.txt with the stage
// it fails at; a listed case that passes, or fails at another stage, fails this test.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <sqlite3.h>

#include "backends/sqlite/connection.hpp"
#include "backends/sqlite/introspect.hpp"
#include "ir/diff.hpp"
#include "tests/corpus/cases/diff_case.hpp"
#include "tests/corpus/cases/sqlite_rows.hpp"
#include "tests/corpus/ir/pipeline.hpp"

using namespace schemac;
using namespace schemac::test;
namespace fs = std::filesystem;
namespace sqlite = schemac::backends::sqlite;

namespace {

constexpr int kRowsPerTable = 4;

// Where a case stopped: "" when it passed every stage.
struct Outcome {
  std::string stage;
  std::string detail;
};

std::string describe_changes(const std::vector<ir::Change>& changes) {
  std::string out;
  for (const ir::Change& c : changes) {
    out += "\n  " + ir::describe(c);
  }
  return out;
}

// "" when `db` now holds exactly `want`, else what differs.
std::string schema_difference(sqlite::Connection& db, const ir::Schema& want) {
  auto live = sqlite::introspect(db);
  if (!live) {
    return "introspection failed: " + live.error().message;
  }
  auto changes = ir::diff(live.value(), want);
  if (!changes) {
    return "diff failed: " + changes.error().message;
  }
  if (changes.value().empty()) {
    return "";
  }
  return "the database differs from the schema; diff(live, schema):" +
         describe_changes(changes.value());
}

struct GoldenRun {
  bool cli_ok = false;  // the CLI wrote an up and a down script
  std::string up;
  std::string down;
  std::vector<std::string> mismatches;
  Outcome failure;  // the CLI failed where it must not, or --exit-code answered wrongly
};

GoldenRun run_goldens(const DiffCase& c, bool changes_expected, bool update) {
  GoldenRun g;
  const fs::path up_path = scratch_path("up-" + c.name + ".sql");
  const fs::path down_path = scratch_path("down-" + c.name + ".sql");
  std::error_code ec;
  fs::remove(up_path, ec);
  fs::remove(down_path, ec);
  std::vector<std::string> args = {"diff", "--from", "from.prisma", "--to", "to.prisma"};
  args.insert(args.end(), c.args.begin(), c.args.end());
  std::vector<std::string> script_args = args;
  script_args.insert(script_args.end(), {"-o", up_path.string(), "--down", down_path.string()});
  const CommandResult run = run_schemac(c.dir, script_args);
  auto mismatch = [&](const std::string& m) {
    if (!m.empty()) {
      g.mismatches.push_back(m);
    }
  };
  if (run.exit_code == 0) {
    g.cli_ok = true;
    g.up = read_text(up_path);
    g.down = read_text(down_path);
    mismatch(check_golden(c, "expected.sqlite.sql", g.up, update));
    mismatch(check_golden(c, "expected.down.sqlite.sql", g.down, update));
    remove_golden(c, "expected.error.txt", update);
  } else {
    // Only a case whose up migration must fail may be refused by the CLI; its message is golden.
    mismatch(check_golden(c, "expected.error.txt", run.err, update));
    remove_golden(c, "expected.sqlite.sql", update);
    remove_golden(c, "expected.down.sqlite.sql", update);
    if (!c.up_fails) {
      g.failure = {"cli", "schemac diff exited " + std::to_string(run.exit_code) + ": " + run.err};
    }
  }
  fs::remove(up_path, ec);
  fs::remove(down_path, ec);

  std::vector<std::string> summary_args = args;
  summary_args.insert(summary_args.end(), {"--summary", "--exit-code"});
  const CommandResult summary = run_schemac(c.dir, summary_args);
  mismatch(check_golden(c, "expected.summary.txt", summary.out, update));
  if (g.cli_ok && g.failure.stage.empty()) {
    const int want = changes_expected ? 2 : 0;
    if (summary.exit_code != want) {
      g.failure = {"exit-code", "--exit-code exited " + std::to_string(summary.exit_code) +
                                    ", expected " + std::to_string(want) + ": " + summary.err};
    }
  }
  return g;
}

std::string lines(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    out += "\n  " + item;
  }
  return out;
}

// "" when `schemac diff --from SOURCE --to TARGET --exit-code` says there is no difference.
std::string cli_difference(const DiffCase& c, const std::string& source,
                           const std::string& target) {
  const CommandResult r =
      run_schemac(c.dir, {"diff", "--from", source, "--to", target, "--summary", "--exit-code"});
  if (r.exit_code == 0) {
    return "";
  }
  return "schemac diff --from " + source + " --to " + target + " --exit-code exited " +
         std::to_string(r.exit_code) + ":\n" + r.out + r.err;
}

// Writes `scripts` as a Prisma migrations folder (<dir>/<n>_<name>/migration.sql).
void write_migrations(const fs::path& dir, const std::vector<std::string>& scripts) {
  std::error_code ec;
  fs::remove_all(dir, ec);
  for (std::size_t i = 0; i < scripts.size(); ++i) {
    const fs::path folder = dir / ("2026010100000" + std::to_string(i) + "_step");
    fs::create_directories(folder);
    std::ofstream(folder / "migration.sql", std::ios::binary) << scripts[i];
  }
}

// Runs the case on a database created by `create_script` (schemac's from-empty script, or
// Prisma's with `prefix` "prisma:" in front of the stage names).
Outcome run_integration(const DiffCase& c, GoldenRun& g, const ir::Schema& from,
                        const ir::Schema& to, bool update, const std::string& prefix,
                        const std::string& create_script) {
  const std::string tag = prefix.empty() ? "schemac-" : "prisma-";
  const fs::path db_path = scratch_path(tag + c.name + ".db");
  std::error_code ec;
  fs::remove(db_path, ec);

  const fs::path migrations_dir = scratch_path("migrations-" + tag + c.name);

  struct Cleanup {
    fs::path path;
    fs::path dir;

    ~Cleanup() {
      std::error_code e;
      fs::remove(path, e);
      fs::remove_all(dir, e);
    }
  } cleanup{db_path, migrations_dir};

  auto opened = sqlite::Connection::open(db_path.string(), sqlite::OpenMode::Create);
  if (!opened) {
    return {prefix + "create-from", opened.error().message};
  }
  sqlite::Connection& db = opened.value();
  // No fsync: the file is thrown away, and the suite runs ~600 scripts.
  sqlite3_exec(db.handle(), "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
  if (auto r = db.execute_script(create_script); !r) {
    return {prefix + "create-from", r.error().message};
  }
  if (const std::string d = schema_difference(db, from); !d.empty()) {
    return {prefix + "from-parity", d};
  }
  auto live_from = sqlite::introspect(db);
  if (!live_from) {
    return {prefix + "from-parity", live_from.error().message};
  }
  if (auto r = insert_rows(db.handle(), live_from.value(), kRowsPerTable); !r) {
    return {prefix + "insert-rows", r.error().message};
  }
  auto before = read_rows(db.handle(), live_from.value());
  if (!before) {
    return {prefix + "insert-rows", before.error().message};
  }
  if (!g.cli_ok) {
    return {};  // an up-fails case the CLI refused: loud, and nothing ran
  }

  auto up = db.execute_script(g.up);
  if (c.up_fails) {
    if (up) {
      return {prefix + "up-should-fail", "the up script succeeded on a table with rows"};
    }
    if (up.error().message.empty()) {
      return {prefix + "up-should-fail", "the up script failed without a message"};
    }
    // The message a user sees is golden too, so a reviewer can judge that it is clear.
    if (const std::string m = prefix.empty() ? check_golden(c, "expected.up-error.txt",
                                                            up.error().message + "\n", update)
                                             : "";
        !m.empty()) {
      g.mismatches.push_back(m);
    }
    auto live_after = sqlite::introspect(db);
    if (!live_after || !(live_after.value() == live_from.value())) {
      return {prefix + "unchanged", "the failed up script changed the schema: " +
                                        schema_difference(db, live_from.value())};
    }
    auto after = read_rows(db.handle(), live_from.value());
    if (!after || !(after.value() == before.value())) {
      return {prefix + "unchanged", "the failed up script changed the rows"};
    }
    return {};
  }
  if (!up) {
    return {prefix + "up", up.error().message};
  }
  if (const std::string d = schema_difference(db, to); !d.empty()) {
    return {prefix + "up-diff", d};
  }
  auto after = read_rows(db.handle(), to);
  if (!after) {
    return {prefix + "rows", after.error().message};
  }
  const ir::RenameHints renames = rename_hints(c);
  if (const std::string d =
          lines(lost_rows(before.value(), after.value(), live_from.value(), to, renames));
      !d.empty()) {
    return {prefix + "rows", "rows did not survive the up script:" + d};
  }
  // The same database and the same scripts as the CLI's other sources see them.
  if (const std::string d = cli_difference(c, "sqlite:" + db_path.string(), "to.prisma");
      !d.empty()) {
    return {prefix + "cli-live-up", d};
  }
  write_migrations(migrations_dir, {create_script, g.up});
  if (const std::string d = cli_difference(c, "migrations:" + migrations_dir.string(), "to.prisma");
      !d.empty()) {
    return {prefix + "cli-migrations-up", d};
  }
  if (c.down_fails) {
    auto down = db.execute_script(g.down);
    if (down) {
      return {prefix + "down-should-fail", "the down script succeeded"};
    }
    if (const std::string d = schema_difference(db, to); !d.empty()) {
      return {prefix + "down-unchanged", "the failed down script changed the schema: " + d};
    }
    auto still = read_rows(db.handle(), to);
    if (!still || !(still.value() == after.value())) {
      return {prefix + "down-unchanged", "the failed down script changed the rows"};
    }
    return {};
  }
  if (auto down = db.execute_script(g.down); !down) {
    return {prefix + "down", down.error().message};
  }
  if (const std::string d = schema_difference(db, from); !d.empty()) {
    return {prefix + "down-diff", d};
  }
  auto back = read_rows(db.handle(), from);
  if (!back) {
    return {prefix + "rows-down", back.error().message};
  }
  if (const std::string d =
          lines(lost_rows(after.value(), back.value(), to, from, renames.inverted()));
      !d.empty()) {
    return {prefix + "rows-down", "rows did not survive the down script:" + d};
  }
  if (const std::string d = cli_difference(c, "file:" + db_path.string(), "from.prisma");
      !d.empty()) {
    return {prefix + "cli-live-down", d};
  }
  write_migrations(migrations_dir, {create_script, g.up, g.down});
  if (const std::string d =
          cli_difference(c, "migrations:" + migrations_dir.string(), "from.prisma");
      !d.empty()) {
    return {prefix + "cli-migrations-down", d};
  }
  return {};
}

// The case on a database schemac created, then on one Prisma created (prisma.from.sqlite.sql,
// written by tests/cases/regen-prisma-from.sh from the oracle); last, TO as Prisma creates it
// (prisma.to.sqlite.sql) against TO as schemac lowers it.
Outcome run_case(const DiffCase& c, GoldenRun& g, const ir::Schema& from, const ir::Schema& to,
                 bool update) {
  if (!g.failure.stage.empty()) {
    return g.failure;
  }
  const CommandResult create =
      run_schemac(c.dir, {"diff", "--from", "empty", "--to", "from.prisma"});
  if (create.exit_code != 0) {
    return {"create-from", "schemac diff --from empty exited " + std::to_string(create.exit_code) +
                               ": " + create.err};
  }
  if (Outcome o = run_integration(c, g, from, to, update, "", create.out); !o.stage.empty()) {
    return o;
  }
  const fs::path prisma_script = c.dir / "prisma.from.sqlite.sql";
  if (!fs::exists(prisma_script)) {
    return {"prisma:create-from",
            "prisma.from.sqlite.sql is missing: run tests/cases/regen-prisma-from.sh"};
  }
  if (Outcome o = run_integration(c, g, from, to, update, "prisma:", read_text(prisma_script));
      !o.stage.empty()) {
    return o;
  }
  // The target itself, as Prisma creates it, must be what schemac lowers to.prisma to.
  const fs::path prisma_to = c.dir / "prisma.to.sqlite.sql";
  if (!fs::exists(prisma_to)) {
    return {"prisma:to-parity",
            "prisma.to.sqlite.sql is missing: run tests/cases/regen-prisma-from.sh"};
  }
  auto scratch = sqlite::Connection::open(":memory:", sqlite::OpenMode::Create);
  if (!scratch) {
    return {"prisma:to-parity", scratch.error().message};
  }
  if (auto r = scratch.value().execute_script(read_text(prisma_to)); !r) {
    return {"prisma:to-parity", "Prisma's SQL for to.prisma does not run: " + r.error().message};
  }
  if (const std::string d = schema_difference(scratch.value(), to); !d.empty()) {
    return {"prisma:to-parity", d};
  }
  return {};
}

}  // namespace

TEST_CASE("cases: every golden diff case matches its scripts and round-trips on SQLite") {
  const bool update = env_is("SCHEMAC_UPDATE_GOLDENS", "1");
  if (update) {
    REQUIRE_MESSAGE(!env_is("CI", "true"), "SCHEMAC_UPDATE_GOLDENS is refused under CI=true");
  }
  const auto cases = list_diff_cases(fs::path(SCHEMAC_SOURCE_DIR) / "tests/cases");
  REQUIRE_MESSAGE(cases.size() >= 45, "tests/cases holds " << cases.size() << " cases");
  auto known =
      known_failures(fs::path(SCHEMAC_SOURCE_DIR) / "tests/corpus/cases/known_failures.txt");

  int passed = 0;
  int known_failed = 0;
  int unexpected = 0;
  int golden_mismatches = 0;
  for (const DiffCase& c : cases) {
    CAPTURE(c.name);
    const PipelineResult from = lower_schema_at((c.dir / "from.prisma").string());
    const PipelineResult to = lower_schema_at((c.dir / "to.prisma").string());
    REQUIRE_MESSAGE(from.ok, c.name << "/from.prisma: " << from.error);
    REQUIRE_MESSAGE(to.ok, c.name << "/to.prisma: " << to.error);
    auto changes = ir::diff(from.lowered.schema, to.lowered.schema);
    const bool changes_expected = !changes || !changes.value().empty();

    GoldenRun g = run_goldens(c, changes_expected, update);
    const Outcome outcome = run_case(c, g, from.lowered.schema, to.lowered.schema, update);
    for (const std::string& m : g.mismatches) {
      ++golden_mismatches;
      CHECK_MESSAGE(false, m);
    }

    const auto listed = known.find(c.name);
    if (listed == known.end()) {
      if (outcome.stage.empty()) {
        ++passed;
      } else {
        ++unexpected;
        CHECK_MESSAGE(false,
                      c.name << ": fails at stage `" << outcome.stage << "`: " << outcome.detail);
      }
      continue;
    }
    const KnownFailure& k = listed->second;
    if (outcome.stage == k.stage) {
      ++known_failed;
      std::cout << "known failure " << c.name << " (" << k.stage << "):" << k.reason << "\n";
    } else {
      ++unexpected;
      CHECK_MESSAGE(false, c.name << " is listed in known_failures.txt as failing at `" << k.stage
                                  << "`, but "
                                  << (outcome.stage.empty() ? std::string("it passes now: remove "
                                                                          "it from the list")
                                                            : "it fails at `" + outcome.stage +
                                                                  "`: " + outcome.detail));
    }
    known.erase(listed);
  }
  for (const auto& [name, k] : known) {
    CHECK_MESSAGE(false, "known_failures.txt lists `" << name << "`, which is not a case");
  }
  std::cout << "diff cases: " << cases.size() << " cases, " << passed << " passed the round trip, "
            << known_failed << " known failures, " << unexpected << " unexpected failures, "
            << golden_mismatches << " golden mismatches\n";
}
