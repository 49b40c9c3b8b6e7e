// R101: a required column without a default added to an existing table.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"

namespace schemac::lint {

std::optional<Finding> check_r101_add_required_column(const ir::Change& change,
                                                      const RuleContext& context) {
  const auto* add = std::get_if<ir::AddColumn>(&change.kind);
  if (add == nullptr || add->column.nullable || add->column.default_value ||
      add->column.autoincrement) {
    return std::nullopt;
  }
  const std::string column = quoted_column(add->table, add->column.name);
  if (const std::string* value = context.risk.backfill_of(add->table, add->column.name)) {
    return make_finding("R101", fmt::format("adds required column {} without a default: existing "
                                            "rows get the --backfill value {}",
                                            column, *value));
  }
  return make_finding("R101", fmt::format("adds required column {} without a default: existing "
                                          "rows need a value (--backfill), or the migration "
                                          "fails on a table that has any",
                                          column));
}

}  // namespace schemac::lint
