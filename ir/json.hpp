// The IR as JSON (golden tests, `schemac ir --json`) and as a short human summary.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "ir/schema.hpp"

namespace schemac::ir {

// Keys in a fixed order (ordered_json); members left at their canonical default (ascending sort,
// no operator class, BTree, no `where`, not an array, no autoincrement) are omitted, so a
// golden file shows what is particular about each object. Deterministic: same IR, same bytes.
[[nodiscard]] nlohmann::ordered_json to_json(const Schema& schema);
[[nodiscard]] nlohmann::ordered_json to_json(const Column& column);
[[nodiscard]] nlohmann::ordered_json to_json(const Default& value);

// to_json(schema) pretty-printed with two spaces, ending in a newline.
[[nodiscard]] std::string to_json_text(const Schema& schema);

// One line of totals, then one line per table:
//   postgresql: 3 tables, 12 columns, 4 indexes, 2 foreign keys, 1 enum
//     users: 5 columns, primary key (id), 2 indexes, 0 foreign keys
[[nodiscard]] std::string summary(const Schema& schema);

}  // namespace schemac::ir
