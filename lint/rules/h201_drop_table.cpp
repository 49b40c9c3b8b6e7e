// H201: a dropped table, and the foreign keys dropped along with it.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"

namespace schemac::lint {

std::optional<Finding> check_h201_drop_table(const ir::Change& change, const RuleContext& context) {
  if (const auto* drop = std::get_if<ir::DropTable>(&change.kind)) {
    return make_finding("H201",
                        fmt::format("drops table {} and all its rows",
                                    quoted_table({drop->table.schema_name, drop->table.name})));
  }
  // The differ drops a dropped table's own foreign keys first (ir/diff.hpp); that is part of
  // dropping the table, not a relation changed on a table that stays (H204).
  if (const auto* fk = std::get_if<ir::DropForeignKey>(&change.kind)) {
    if (context.facts.table_is_dropped(fk->table)) {
      return make_finding("H201",
                          fmt::format("drops foreign key {} along with table {}",
                                      quoted(fk->foreign_key.name), quoted_table(fk->table)));
    }
  }
  return std::nullopt;
}

}  // namespace schemac::lint
