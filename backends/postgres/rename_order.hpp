// Column renames of one table in an order PostgreSQL can run one ALTER at a time.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace schemac::backends::postgres {

struct ColumnRenameStep {
  std::string from;
  std::string to;
  std::size_t change = 0;  // the RenameColumn change this statement belongs to
};

// `renames` (sources distinct, targets distinct) reordered so that no statement renames onto a
// name another pending rename still holds: a chain from its end (`b→c` before `a→b`), a cycle
// through a temporary name (the swap `a↔b` is `a→tmp`, `b→a`, `tmp→b`, where the m:n join
// table of a renamed model swaps A and B). `taken` holds every column name of the table on
// either side, which a temporary name must avoid. Renames that need no reordering keep their
// order.
[[nodiscard]] std::vector<ColumnRenameStep> order_column_renames(
    std::vector<ColumnRenameStep> renames, const std::vector<std::string>& taken);

}  // namespace schemac::backends::postgres
