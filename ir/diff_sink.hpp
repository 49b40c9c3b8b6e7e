// The differ's collector: changes as found, then sorted into the order ir/diff.hpp promises.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ir/change.hpp"

namespace schemac::ir::differ {

// `schema\0name`: the one key tables and enums are matched by. NUL cannot occur in an
// identifier that reaches us (the parser and both introspectors reject it).
[[nodiscard]] std::string qualified_key(std::string_view schema_name, std::string_view name);

// Changes in the order they are found, each with the position it sorts by: the index of its
// table (or enum, namespace, extension) in TO, or in FROM for drops.
class ChangeSink {
 public:
  // Room for `expected` changes up front: a Change is large, and growing the buffer moves
  // every change found so far.
  explicit ChangeSink(std::size_t expected) {
    changes_.reserve(expected);
    positions_.reserve(expected);
  }

  void emit(ChangeKind kind, std::size_t position);

  // Sorted by ChangeKind alternative, then position; stable, so changes of one table keep the
  // order they were emitted in (columns and indexes in declaration order). O(n log n), in
  // place: the changes are never held twice.
  [[nodiscard]] std::vector<Change> sorted() &&;

 private:
  std::vector<Change> changes_;
  std::vector<std::size_t> positions_;  // positions_[i] is changes_[i]'s
};

}  // namespace schemac::ir::differ
