// R104: a table or column renamed by an explicit hint.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"

namespace schemac::lint {

std::optional<Finding> check_r104_rename(const ir::Change& change, const RuleContext&) {
  if (const auto* table = std::get_if<ir::RenameTable>(&change.kind)) {
    return make_finding("R104", fmt::format("renames table {} to {}", quoted_table(table->from),
                                            quoted(table->to)));
  }
  if (const auto* column = std::get_if<ir::RenameColumn>(&change.kind)) {
    return make_finding(
        "R104", fmt::format("renames column {} to {}", quoted_column(column->table, column->from),
                            quoted(column->to)));
  }
  return std::nullopt;
}

}  // namespace schemac::lint
