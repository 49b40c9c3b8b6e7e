// The building blocks of the random schema pairs (schema_pairs.hpp): the seeded generator, the
// questions the generator asks of a schema, the maker of random tables and schemas, and one
// random mutation. Internal to schema_pairs*.cpp; the order of the Random draws in all of them is
// part of every seed.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "ir/schema.hpp"
#include "tests/corpus/cases/schema_pairs.hpp"

namespace schemac::test::pair_maker {

class Random {
 public:
  explicit Random(std::uint64_t seed) : rng_(seed) {}

  int below(int n) { return static_cast<int>(rng_() % static_cast<std::uint64_t>(n)); }

  bool chance(int percent) { return below(100) < percent; }

  template <typename T>
  const T& pick(const std::vector<T>& v) {
    return v[static_cast<std::size_t>(below(static_cast<int>(v.size())))];
  }

 private:
  std::mt19937_64 rng_;
};

// The families a random column draws from, in a fixed order.
[[nodiscard]] const std::vector<ir::TypeFamily>& families();

// A database default of the family, as lowering writes it; nullopt where there is none to give.
[[nodiscard]] std::optional<ir::Default> default_for(ir::TypeFamily f, Random& r);

[[nodiscard]] bool indexable(ir::TypeFamily f);

// Unique only where the rows (table_rows.hpp) and the backfills are distinct.
[[nodiscard]] bool unique_safe(ir::TypeFamily f);

[[nodiscard]] bool in_foreign_key(const ir::Table& t, const std::string& column);

[[nodiscard]] bool referenced_by_others(const ir::Schema& s, const std::string& table);

[[nodiscard]] ir::ReferentialAction random_action(Random& r, bool nullable);

// The columns a mutation may touch: not the primary key, not a foreign key's.
[[nodiscard]] std::vector<std::size_t> plain_columns(const ir::Table& t);

// A table's primary key is its `id` alone: the only key add_reference() points at.
[[nodiscard]] bool keyed_by_id(const ir::Table& t);

// The columns of `table` some foreign key of `s` points at.
[[nodiscard]] std::set<std::string> referenced_columns(const ir::Schema& s,
                                                       const std::string& table);

// Now and then a name that needs quoting: a space, a double or single quote, a hyphen.
[[nodiscard]] std::string odd(std::string name, Random& r);

class SchemaMaker {
 public:
  SchemaMaker(const PairDialect& d, Random& r) : d_(d), r_(r) {}

  [[nodiscard]] const PairDialect& dialect() const { return d_; }

  [[nodiscard]] ir::ColumnType type_of(ir::TypeFamily f) const {
    return {f, d_.native(f), "", false};
  }

  ir::Column random_column(const std::string& name, bool allow_required_without_default);
  // A unique index only goes on a column for which `distinct` says the rows differ.
  void add_index(ir::Table& t, bool unique,
                 const std::function<bool(const std::string&)>& distinct = nullptr);
  // A nullable column referencing `parent`'s id or a unique column of it, and its foreign key.
  void add_reference(ir::Table& t, const ir::Table& parent, bool nullable);
  ir::Table random_table(const std::string& name, const ir::Schema& earlier);
  ir::Schema random_schema();

  int next_name() { return next_++; }

 private:
  const PairDialect& d_;
  Random& r_;
  int next_ = 0;
};

// One random mutation of `p.b`; false when the drawn kind had nothing to apply to
// (schema_pair_mutations.cpp).
bool mutate(Pair& p, SchemaMaker& maker, Random& r);

}  // namespace schemac::test::pair_maker
