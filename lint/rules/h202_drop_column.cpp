// H202: a dropped column.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"

namespace schemac::lint {

std::optional<Finding> check_h202_drop_column(const ir::Change& change, const RuleContext&) {
  const auto* drop = std::get_if<ir::DropColumn>(&change.kind);
  if (drop == nullptr) {
    return std::nullopt;
  }
  return make_finding("H202", fmt::format("drops column {} and its data",
                                          quoted_column(drop->table, drop->column.name)));
}

}  // namespace schemac::lint
