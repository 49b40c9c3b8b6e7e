// Random schema pairs for the property tests: a random schema A and a mutation B of it, with
// the rename hints and backfills A → B needs, drawn from a seeded generator. One generator for
// every dialect (the dialect only supplies native types, primary key names and backfill SQL),
// so a seed draws the same pair on SQLite and on PostgreSQL; the runners are
// tests/corpus/cases/property_test.cpp (SQLite) and tests/corpus/postgres_cases/ (PostgreSQL).
//
// Mutations that would legitimately fail on the rows are not generated (the property tests check
// that what must work works; the golden cases with `expect` check the loud failures): a required
// column is only added with a default or a --backfill, a nullable column only becomes required
// with a default (the NULL rows are backfilled with it), unique indexes are only put on columns
// whose rows are distinct, and the reverse migration gets a row-distinct backfill for every
// required column without default it re-adds (backfills_for).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "backends/plan.hpp"
#include "ir/change.hpp"
#include "ir/schema.hpp"

namespace schemac::test {

// What a dialect contributes to the generated schemas. The Random draws never depend on it.
struct PairDialect {
  ir::Dialect dialect;
  std::string (*native)(ir::TypeFamily);  // the column type lowering writes for the scalar
  // SQL giving each existing row its own value of the family (so a unique index holds).
  std::string (*distinct_backfill)(ir::TypeFamily);
  bool names_primary_keys;  // `<table>_pkey`, as lowering names them (PostgreSQL)
  // Whether an Int column keeps the rows' BigInt values (beyond 32 bits): SQLite's INTEGER
  // does, PostgreSQL's refuses them, so BigInt → Int is only drawn where it is lossless.
  bool int_holds_bigint_values;
};

[[nodiscard]] const PairDialect& sqlite_pairs();
[[nodiscard]] const PairDialect& postgres_pairs();

struct Pair {
  ir::Schema a;
  ir::Schema b;
  ir::RenameHints renames;                    // A → B
  std::vector<backends::Backfill> backfills;  // A → B
  std::vector<std::string> mutations;         // what was done, for messages
  // B's columns (table, column) of tables that hold rows whose values are distinct per row,
  // so a unique index on them holds.
  std::set<std::pair<std::string, std::string>> distinct;

  // B's table `table` as A calls it (through a table rename hint).
  [[nodiscard]] std::string name_in_a(const std::string& table) const {
    for (const ir::TableRename& r : renames.tables) {
      if (r.to == table) {
        return r.from;
      }
    }
    return table;
  }

  // Whether A has a unique index on B's column `column` of B's table `table`.
  [[nodiscard]] bool unique_in_a(const std::string& table, const std::string& column) const;

  [[nodiscard]] bool has_rows(const std::string& table) const {
    return a.find_table(name_in_a(table)) != nullptr;
  }

  [[nodiscard]] bool unique_allowed(const std::string& table, const std::string& column) const {
    return !has_rows(table) || distinct.count({table, column}) > 0;
  }
};

// Pair `index` of `seed`: its own generator, seeded from both, so one pair reproduces alone.
[[nodiscard]] Pair make_pair(const PairDialect& d, std::uint64_t seed, int index);

// Backfills the migration `from` → `to` needs for the required columns without default it adds
// to tables that exist on both sides (`renames` maps FROM's column names to TO's).
[[nodiscard]] std::vector<backends::Backfill> backfills_for(const PairDialect& d,
                                                            const ir::Schema& from,
                                                            const ir::Schema& to,
                                                            const ir::RenameHints& renames);

// The changes, one indented line each, for messages.
[[nodiscard]] std::string describe(const std::vector<ir::Change>& changes);

// A failure of the property owned elsewhere: a pair whose problem contains `message` counts as
// known (printed with `reason`, not failing the test); with the default seeds every listed one
// must happen, or the test fails (remove the line).
struct KnownPairFailure {
  std::string message;
  std::string reason;
};

// Runs `run_pair` ("" when the pair round-trips, else what went wrong) on `pairs_per_seed`
// pairs of each seed: SCHEMAC_SEED=n alone if set, else `default_seed` and `derived_seeds`
// seeds derived from it; SCHEMAC_PAIR=k runs only pair k. Checks that none failed (the first
// five failures in full, with the mutations and the variables that reproduce them) and prints
// the count and the seeds under `label`.
void run_property(const PairDialect& d, const std::string& label, std::uint64_t default_seed,
                  int derived_seeds, int pairs_per_seed,
                  const std::function<std::string(const Pair&)>& run_pair,
                  const std::vector<KnownPairFailure>& known = {});

}  // namespace schemac::test
