// The differ's rename hints, checked against both schemas and indexed by name.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "ir/change.hpp"
#include "ir/schema.hpp"
#include "support/result.hpp"

namespace schemac::ir::differ {

// Position of each table in its schema's vector, by qualified_key(schema_name, name).
using TablePositions = std::unordered_map<std::string, std::size_t>;

[[nodiscard]] TablePositions index_tables(const std::vector<Table>& tables);

// One table's column renames, both ways. Only hinted columns are in the maps.
struct ColumnRenames {
  std::unordered_map<std::string, std::string> to_of_from;  // FROM name → TO name
  std::unordered_map<std::string, std::string> from_of_to;  // TO name → FROM name
};

// The hints after checking: every table they name exists on its side, and no name is claimed
// twice. A hint whose two names are equal is accepted and changes nothing.
class Renames {
 public:
  // Error (one line, naming the hint) when a hint names a table or column that is not there,
  // when two hints rename the same object or to the same name, or when the new name is already
  // taken in FROM (the rename would run before that object is dropped; rename it in a separate
  // migration). O(hints) on top of the two table indexes.
  [[nodiscard]] static Result<Renames> resolve(const Schema& from,
                                               const TablePositions& from_tables, const Schema& to,
                                               const TablePositions& to_tables,
                                               const RenameHints& hints);

  // TO's name of FROM's table `from_name`: the hint's new name, or `from_name` itself.
  [[nodiscard]] std::string_view table_in_to(std::string_view schema_name,
                                             std::string_view from_name) const;
  // FROM's name of TO's table `to_name` when a hint renames a table to it.
  [[nodiscard]] std::optional<std::string_view> table_renamed_to(std::string_view schema_name,
                                                                 std::string_view to_name) const;
  // The column renames of a table, by the table's TO name; nullptr when there are none.
  [[nodiscard]] const ColumnRenames* columns_of(std::string_view schema_name,
                                                std::string_view to_table) const;

 private:
  std::unordered_map<std::string, std::string> table_to_of_from_;  // key(FROM) → TO name
  std::unordered_map<std::string, std::string> table_from_of_to_;  // key(TO) → FROM name
  std::unordered_map<std::string, ColumnRenames> columns_;         // key(TO table) → renames
};

// TO's name of a FROM column of a table with the given renames (nullptr = none).
[[nodiscard]] std::string_view column_in_to(const ColumnRenames* renames,
                                            std::string_view from_column);

}  // namespace schemac::ir::differ
