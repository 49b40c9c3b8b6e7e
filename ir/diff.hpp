// The differ: Schema × Schema → the ordered list of Changes that takes FROM to TO.
#pragma once

#include <vector>

#include "ir/change.hpp"
#include "ir/schema.hpp"
#include "support/result.hpp"

namespace schemac::ir {

// Compares two schemas of the same dialect object by object, matching by database name:
// tables and enums by (namespace, name), columns by name (column order is not a difference:
// SQLite appends added columns, Prisma ignores the order too), indexes by name (same definition
// under another name is a RenameIndex), foreign keys by (columns, referenced table, referenced
// columns) (other actions or another name: drop + add), primary keys by columns and name.
// A table or column that only exists on one side is a create/add or a drop, unless `renames`
// pairs it with one on the other side: renames are never guessed.
//
// The result is in the order of ChangeKind's alternatives (a dependency order), and within one
// kind in TO's table order (FROM's for drops), so the same inputs always give the same list.
// O((tables + columns + indexes) log n).
//
// Error (one line) when a rename hint names something that is not there: a table missing from
// FROM or TO, or a column missing from its table.
[[nodiscard]] Result<std::vector<Change>> diff(const Schema& from, const Schema& to,
                                               const RenameHints& renames = {});

}  // namespace schemac::ir
