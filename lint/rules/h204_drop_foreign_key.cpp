// H204: a foreign key dropped, or changed (dropped and added again), on a table that stays.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"

namespace schemac::lint {

std::optional<Finding> check_h204_drop_foreign_key(const ir::Change& change,
                                                   const RuleContext& context) {
  const auto* drop = std::get_if<ir::DropForeignKey>(&change.kind);
  if (drop == nullptr || context.facts.table_is_dropped(drop->table)) {
    return std::nullopt;
  }
  const ir::ForeignKey& fk = drop->foreign_key;
  return make_finding("H204",
                      fmt::format("drops foreign key {} on {}{} referencing {}{}", quoted(fk.name),
                                  quoted_table(drop->table), column_tuple(fk.columns),
                                  quoted_table({fk.referenced_schema, fk.referenced_table}),
                                  column_tuple(fk.referenced_columns)));
}

}  // namespace schemac::lint
