// R106: a foreign key added to a table that already has rows.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"

namespace schemac::lint {

std::optional<Finding> check_r106_add_foreign_key(const ir::Change& change,
                                                  const RuleContext& context) {
  const auto* add = std::get_if<ir::AddForeignKey>(&change.kind);
  if (add == nullptr || context.facts.table_is_created(add->table)) {
    return std::nullopt;
  }
  const ir::ForeignKey& fk = add->foreign_key;
  return make_finding(
      "R106", fmt::format("adds foreign key {} on {}{} referencing {}{}: fails on orphaned rows "
                          "and locks both tables",
                          quoted(fk.name), quoted_table(add->table), column_tuple(fk.columns),
                          quoted_table({fk.referenced_schema, fk.referenced_table}),
                          column_tuple(fk.referenced_columns)));
}

}  // namespace schemac::lint
