// Random schema pairs on SQLite: A is created from empty and filled with rows, migrated to a
// mutation B of it, then back to A; both migrations must reach their target exactly (diff of
// the introspected database against it is empty) and keep the rows of what survives. The pairs
// come from schema_pairs.hpp (which says what is and is not generated).
//
// Seeded and reproducible: every pair has its own generator, seeded from (seed, pair index),
// and a failure prints both. SCHEMAC_SEED=n runs only seed n; SCHEMAC_PAIR=k only pair k of it.
// By default a fixed seed and three derived from it, kPairsPerSeed pairs each.
#include <cstdint>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "backends/migration.hpp"
#include "backends/sqlite/connection.hpp"
#include "backends/sqlite/introspect.hpp"
#include "ir/diff.hpp"
#include "tests/corpus/cases/schema_pairs.hpp"
#include "tests/corpus/cases/sqlite_rows.hpp"

using namespace schemac;
using namespace schemac::test;
namespace sqlite = schemac::backends::sqlite;

namespace {

constexpr std::uint64_t kDefaultSeed = 20261125;
constexpr int kDerivedSeeds = 3;
constexpr int kPairsPerSeed = 250;
constexpr int kRowsPerTable = 3;

// "" when the pair round-trips, else the first thing that went wrong.
std::string run_pair(const Pair& p) {
  auto opened = sqlite::Connection::open(":memory:", sqlite::OpenMode::Create);
  if (!opened) {
    return "open: " + opened.error().message;
  }
  sqlite::Connection& db = opened.value();
  auto migrate = [&](const ir::Schema& from, const ir::Schema& to, const ir::RenameHints& hints,
                     std::vector<backends::Backfill> backfills, const char* what) -> std::string {
    auto m = backends::make_migration(
        {from, to, "from", "to", hints, std::move(backfills), false, false, {}});
    if (!m) {
      return std::string(what) + ": make_migration failed: " + m.error().message;
    }
    if (auto r = db.execute_script(m.value().script); !r) {
      return std::string(what) + ": the script failed: " + r.error().message + "\n  script:\n" +
             m.value().script;
    }
    auto live = sqlite::introspect(db);
    if (!live) {
      return std::string(what) + ": introspection failed: " + live.error().message;
    }
    auto d = ir::diff(live.value(), to);
    if (!d) {
      return std::string(what) + ": diff failed: " + d.error().message;
    }
    if (!d.value().empty()) {
      return std::string(what) +
             ": the database differs from the target; diff(live, target):" + describe(d.value()) +
             "\n  script:\n" + m.value().script;
    }
    return "";
  };
  const ir::Schema empty{ir::Dialect::Sqlite, {}, {}, {}, {}};
  if (auto e = migrate(empty, p.a, {}, {}, "create A"); !e.empty()) {
    return e;
  }
  if (auto r = insert_rows(db.handle(), p.a, kRowsPerTable); !r) {
    return "insert rows: " + r.error().message;
  }
  auto rows_a = read_rows(db.handle(), p.a);
  if (!rows_a) {
    return "read rows: " + rows_a.error().message;
  }
  if (auto e = migrate(p.a, p.b, p.renames, p.backfills, "A -> B"); !e.empty()) {
    return e;
  }
  auto rows_b = read_rows(db.handle(), p.b);
  if (!rows_b) {
    return "read rows: " + rows_b.error().message;
  }
  if (const auto lost = lost_rows(rows_a.value(), rows_b.value(), p.a, p.b, p.renames);
      !lost.empty()) {
    return "A -> B lost rows: " + lost.front();
  }
  const ir::RenameHints back = p.renames.inverted();
  if (auto e = migrate(p.b, p.a, back, backfills_for(sqlite_pairs(), p.b, p.a, back), "B -> A");
      !e.empty()) {
    return e;
  }
  auto rows_back = read_rows(db.handle(), p.a);
  if (!rows_back) {
    return "read rows: " + rows_back.error().message;
  }
  if (const auto lost = lost_rows(rows_b.value(), rows_back.value(), p.b, p.a, back);
      !lost.empty()) {
    return "B -> A lost rows: " + lost.front();
  }
  return "";
}
}  // namespace

TEST_CASE("property: random SQLite schema pairs migrate both ways, reach their target, keep rows") {
  run_property(sqlite_pairs(), "property", kDefaultSeed, kDerivedSeeds, kPairsPerSeed, run_pair);
}
