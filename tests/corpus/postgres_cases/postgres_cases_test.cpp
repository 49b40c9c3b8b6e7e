// The golden cases of `schemac diff` (tests/cases/<name>/) on PostgreSQL: the same schemas with
// the datasource's provider swapped to "postgresql", compared with their expected PostgreSQL
// scripts and executed on a real database holding rows.
//
// The cases are written for SQLite (`provider = "sqlite"`); PostgreSQL is the same pair of
// schemas with that one line rewritten, in a copy under the temporary folder (the oracle's
// `--provider postgresql` does the same to Prisma's input). The CLI runs in that copy, so its
// labels are the case's own (`from.prisma`, `to.prisma`).
//
// Per case: (a) the CLI's up and --down scripts against expected.postgres.sql and
// expected.down.postgres.sql (rewritten with SCHEMAC_UPDATE_GOLDENS=1, refused under CI=true);
// (b) FROM created on a fresh database by the CLI's from-empty script, and required to
// introspect as FROM; (c) rows generated from that introspected schema and inserted; (d) the up
// script executed; (e) the database introspected and diffed against TO (must be empty); (f) the
// rows checked (renames followed, type changes compared through PostgreSQL's casts, NULLs that
// became required may be backfilled); (g) the CLI itself must see no difference between the live
// database and to.prisma (on schemac's database only); (h) the down script executed, the database
// diffed against FROM, the rows checked again. `expect` = `up-fails`: the
// up script must fail (its message is golden: expected.up-error.postgres.txt) and leave schema and
// rows as they were; `down-fails` the same for the down script. Then all of it again on a database
// Prisma's own SQL created (prisma.from.postgres.sql; stages prefixed `prisma:`), and last TO as
// Prisma's SQL creates it (prisma.to.postgres.sql) must introspect as schemac lowers TO.
//
// A case that fails for a reason owned elsewhere is listed in known_failures.txt (beside this
// file) with the stage it fails at; a listed case that passes, or fails at another stage, fails
// this test.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "backends/postgres/introspect.hpp"
#include "ir/diff.hpp"
#include "tests/corpus/cases/diff_case.hpp"
#include "tests/corpus/ir/pipeline.hpp"
#include "tests/corpus/postgres_cases/postgres_rows.hpp"
#include "tests/postgres/scratch_database.hpp"

using namespace schemac;
using namespace schemac::test;
namespace fs = std::filesystem;
namespace pg = schemac::backends::postgres;

namespace {

constexpr int kRowsPerTable = 4;

struct Outcome {
  std::string stage;  // "" when the case passed every stage
  std::string detail;
};

// The schema file with its datasource's provider rewritten to PostgreSQL; "" when the file does
// not say `provider = "sqlite"` exactly once.
std::string as_postgres(const std::string& schema) {
  const std::string from = "provider = \"sqlite\"";
  const auto at = schema.find(from);
  if (at == std::string::npos || schema.find(from, at + 1) != std::string::npos) {
    return "";
  }
  std::string out = schema;
  out.replace(at, from.size(), "provider = \"postgresql\"");
  return out;
}

// The case's schemas for PostgreSQL, in a folder of their own (removed by the destructor).
struct PostgresCopy {
  fs::path dir;
  std::string error;

  explicit PostgresCopy(const DiffCase& c) : dir(scratch_path("pg-" + c.name)) {
    std::error_code ec;
    fs::remove_all(dir, ec);
    fs::create_directories(dir);
    for (const char* name : {"from.prisma", "to.prisma"}) {
      const std::string text = as_postgres(read_text(c.dir / name));
      if (text.empty()) {
        error = c.name + "/" + name + " does not say `provider = \"sqlite\"` exactly once";
      }
      std::ofstream(dir / name, std::ios::binary) << text;
    }
  }

  ~PostgresCopy() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }

  PostgresCopy(const PostgresCopy&) = delete;
  PostgresCopy& operator=(const PostgresCopy&) = delete;
};

std::string describe_changes(const std::vector<ir::Change>& changes) {
  std::string out;
  for (const ir::Change& c : changes) {
    out += "\n  " + ir::describe(c);
  }
  return out;
}

std::string lines(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    out += "\n  " + item;
  }
  return out;
}

Result<ir::Schema> live_schema(pg::Connection& db) {
  return pg::introspect(db, "public");
}

// "" when the introspected `live` is exactly `want`, else what differs.
std::string difference(const ir::Schema& live, const ir::Schema& want) {
  auto changes = ir::diff(live, want);
  if (!changes) {
    return "diff failed: " + changes.error().message;
  }
  if (changes.value().empty()) {
    return "";
  }
  return "the database differs from the schema; diff(live, schema):" +
         describe_changes(changes.value());
}

// "" when `db` now holds exactly `want`, else what differs.
std::string schema_difference(pg::Connection& db, const ir::Schema& want) {
  auto live = live_schema(db);
  if (!live) {
    return "introspection failed: " + live.error().message;
  }
  return difference(live.value(), want);
}

// The case as PostgreSQL must run it: `expect.postgres`, when the case has one, replaces `expect`
// (a migration SQLite performs may rightly fail on PostgreSQL: a cast SQLite makes lossy,
// PostgreSQL refuses).
DiffCase postgres_expectations(const DiffCase& c) {
  DiffCase out = c;
  const fs::path path = c.dir / "expect.postgres";
  if (fs::exists(path)) {
    std::string expect = read_text(path);
    expect.erase(expect.find_last_not_of(" \t\r\n") + 1);
    out.up_fails = expect == "up-fails";
    out.down_fails = expect == "down-fails";
  }
  return out;
}

struct GoldenRun {
  bool cli_ok = false;  // the CLI wrote an up and a down script
  std::string up;
  std::string down;
  std::vector<std::string> mismatches;
  Outcome failure;  // the CLI failed where it must not
};

GoldenRun run_goldens(const DiffCase& c, const PostgresCopy& copy, bool update) {
  GoldenRun g;
  const fs::path up_path = copy.dir / "up.sql";
  const fs::path down_path = copy.dir / "down.sql";
  std::vector<std::string> args = {"diff", "--from", "from.prisma", "--to", "to.prisma"};
  args.insert(args.end(), c.args.begin(), c.args.end());
  args.insert(args.end(), {"-o", up_path.string(), "--down", down_path.string()});
  const CommandResult run = run_schemac(copy.dir, args);
  auto mismatch = [&](const std::string& m) {
    if (!m.empty()) {
      g.mismatches.push_back(m);
    }
  };
  if (run.exit_code == 0) {
    g.cli_ok = true;
    g.up = read_text(up_path);
    g.down = read_text(down_path);
    mismatch(check_golden(c, "expected.postgres.sql", g.up, update));
    mismatch(check_golden(c, "expected.down.postgres.sql", g.down, update));
    remove_golden(c, "expected.error.postgres.txt", update);
  } else {
    // Only a case whose up migration must fail may be refused by the CLI; its message is golden.
    mismatch(check_golden(c, "expected.error.postgres.txt", run.err, update));
    remove_golden(c, "expected.postgres.sql", update);
    remove_golden(c, "expected.down.postgres.sql", update);
    if (!c.up_fails) {
      g.failure = {"cli", "schemac diff exited " + std::to_string(run.exit_code) + ": " + run.err};
    }
  }
  return g;
}

// "" when `schemac diff --from <the live database> --to TARGET --exit-code` sees no difference.
std::string cli_difference(const PostgresCopy& copy, const std::string& url,
                           const std::string& target) {
  const CommandResult r =
      run_schemac(copy.dir, {"diff", "--from", url, "--to", target, "--summary", "--exit-code"});
  if (r.exit_code == 0) {
    return "";
  }
  return "schemac diff --from <database> --to " + target + " --exit-code exited " +
         std::to_string(r.exit_code) + ":\n" + r.out + r.err;
}

// The test's database, emptied: its `public` schema dropped with everything in it (tables,
// enums, sequences) and created again. Much cheaper than a database per run (CREATE DATABASE
// copies the template and checkpoints: about a second each on a loaded machine).
struct Database {
  ScratchDatabase scratch;
  pg::Connection db = scratch.connect_here();

  [[nodiscard]] Result<bool> reset() {
    return db.execute_script("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  }
};

// Runs the case on the emptied database, created by `create_script` (schemac's from-empty
// script, or Prisma's with `prefix` "prisma:" in front of the stage names).
Outcome run_integration(Database& database, const DiffCase& c, const PostgresCopy& copy,
                        GoldenRun& g, const ir::Schema& from, const ir::Schema& to, bool update,
                        const std::string& prefix, const std::string& create_script) {
  const ScratchDatabase& scratch = database.scratch;
  pg::Connection& db = database.db;
  if (auto r = database.reset(); !r) {
    return {prefix + "create-from", "emptying the database: " + r.error().message};
  }
  if (auto r = db.execute_script(create_script); !r) {
    return {prefix + "create-from", r.error().message};
  }
  auto live_from = live_schema(db);
  if (!live_from) {
    return {prefix + "from-parity", "introspection failed: " + live_from.error().message};
  }
  if (const std::string d = difference(live_from.value(), from); !d.empty()) {
    return {prefix + "from-parity", d};
  }
  if (auto r = insert_rows(db, live_from.value(), kRowsPerTable); !r) {
    return {prefix + "insert-rows", r.error().message};
  }
  auto before = read_rows(db, live_from.value());
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
    if (const std::string m = prefix.empty() ? check_golden(c, "expected.up-error.postgres.txt",
                                                            up.error().message + "\n", update)
                                             : "";
        !m.empty()) {
      g.mismatches.push_back(m);
    }
    auto live_after = live_schema(db);
    if (!live_after || !(live_after.value() == live_from.value())) {
      return {prefix + "unchanged", "the failed up script changed the schema: " +
                                        schema_difference(db, live_from.value())};
    }
    auto after = read_rows(db, live_from.value());
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
  auto after = read_rows(db, to);
  if (!after) {
    return {prefix + "rows", after.error().message};
  }
  const ir::RenameHints renames = rename_hints(c);
  if (const std::string d =
          lines(lost_rows(db, before.value(), after.value(), live_from.value(), to, renames));
      !d.empty()) {
    return {prefix + "rows", "rows did not survive the up script:" + d};
  }
  // The CLI's own reading of the live database, once per case (after the up script on
  // schemac's database): it is the introspection checked above behind the `postgresql://`
  // source, and each run of the CLI costs a process and a connection (a third of a second on a
  // loaded machine, as much as the rest of a run).
  const bool ask_cli = prefix.empty();
  if (const std::string d = ask_cli ? cli_difference(copy, scratch.url(), "to.prisma") : "";
      !d.empty()) {
    return {prefix + "cli-live-up", d};
  }
  if (c.down_fails) {
    auto down = db.execute_script(g.down);
    if (down) {
      return {prefix + "down-should-fail", "the down script succeeded"};
    }
    if (const std::string d = schema_difference(db, to); !d.empty()) {
      return {prefix + "down-unchanged", "the failed down script changed the schema: " + d};
    }
    auto still = read_rows(db, to);
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
  auto back = read_rows(db, from);
  if (!back) {
    return {prefix + "rows-down", back.error().message};
  }
  if (const std::string d =
          lines(lost_rows(db, after.value(), back.value(), to, from, renames.inverted()));
      !d.empty()) {
    return {prefix + "rows-down", "rows did not survive the down script:" + d};
  }
  return {};
}

Outcome run_case(Database& database, const DiffCase& c, const PostgresCopy& copy, GoldenRun& g,
                 const ir::Schema& from, const ir::Schema& to, bool update) {
  if (!g.failure.stage.empty()) {
    return g.failure;
  }
  const CommandResult create =
      run_schemac(copy.dir, {"diff", "--from", "empty", "--to", "from.prisma"});
  if (create.exit_code != 0) {
    return {"create-from", "schemac diff --from empty exited " + std::to_string(create.exit_code) +
                               ": " + create.err};
  }
  if (Outcome o = run_integration(database, c, copy, g, from, to, update, "", create.out);
      !o.stage.empty()) {
    return o;
  }
  const fs::path prisma_from = c.dir / "prisma.from.postgres.sql";
  if (!fs::exists(prisma_from)) {
    return {"prisma:create-from",
            "prisma.from.postgres.sql is missing: run tests/cases/regen-prisma-from.sh"};
  }
  if (Outcome o = run_integration(database, c, copy, g, from, to, update,
                                  "prisma:", read_text(prisma_from));
      !o.stage.empty()) {
    return o;
  }
  const fs::path prisma_to = c.dir / "prisma.to.postgres.sql";
  if (!fs::exists(prisma_to)) {
    return {"prisma:to-parity",
            "prisma.to.postgres.sql is missing: run tests/cases/regen-prisma-from.sh"};
  }
  pg::Connection& db = database.db;
  if (auto r = database.reset(); !r) {
    return {"prisma:to-parity", "emptying the database: " + r.error().message};
  }
  if (auto r = db.execute_script(read_text(prisma_to)); !r) {
    return {"prisma:to-parity", "Prisma's SQL for to.prisma does not run: " + r.error().message};
  }
  if (const std::string d = schema_difference(db, to); !d.empty()) {
    return {"prisma:to-parity", d};
  }
  return {};
}

}  // namespace

TEST_CASE("postgres cases: every golden diff case matches its scripts and round-trips") {
  const bool update = env_is("SCHEMAC_UPDATE_GOLDENS", "1");
  if (update) {
    REQUIRE_MESSAGE(!env_is("CI", "true"), "SCHEMAC_UPDATE_GOLDENS is refused under CI=true");
  }
  const auto cases = list_diff_cases(fs::path(SCHEMAC_SOURCE_DIR) / "tests/cases");
  REQUIRE_MESSAGE(cases.size() >= 45, "tests/cases holds " << cases.size() << " cases");
  auto known = known_failures(fs::path(SCHEMAC_SOURCE_DIR) /
                              "tests/corpus/postgres_cases/known_failures.txt");
  const char* only = std::getenv("SCHEMAC_CASE");  // one case by name, for debugging
  Database database;

  int passed = 0;
  int known_failed = 0;
  int unexpected = 0;
  int golden_mismatches = 0;
  for (const DiffCase& listed_case : cases) {
    if (only != nullptr && *only != '\0' && listed_case.name != only) {
      known.erase(listed_case.name);
      continue;
    }
    CAPTURE(listed_case.name);
    const DiffCase c = postgres_expectations(listed_case);
    const PostgresCopy copy(c);
    REQUIRE_MESSAGE(copy.error.empty(), copy.error);
    const PipelineResult from = lower_schema_at((copy.dir / "from.prisma").string());
    const PipelineResult to = lower_schema_at((copy.dir / "to.prisma").string());
    REQUIRE_MESSAGE(from.ok, c.name << "/from.prisma (postgresql): " << from.error);
    REQUIRE_MESSAGE(to.ok, c.name << "/to.prisma (postgresql): " << to.error);

    GoldenRun g = run_goldens(c, copy, update);
    const Outcome outcome =
        run_case(database, c, copy, g, from.lowered.schema, to.lowered.schema, update);
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
  std::cout << "postgres diff cases: " << cases.size() << " cases, " << passed
            << " passed the round trip, " << known_failed << " known failures, " << unexpected
            << " unexpected failures, " << golden_mismatches << " golden mismatches\n";
}
