// R105: a unique index built over the existing rows of a table.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"

namespace schemac::lint {

std::optional<Finding> check_r105_add_unique(const ir::Change& change, const RuleContext& context) {
  const auto* create = std::get_if<ir::CreateIndex>(&change.kind);
  if (create == nullptr || create->index.kind != ir::IndexKind::Unique ||
      context.facts.table_is_created(create->table)) {
    return std::nullopt;
  }
  return make_finding("R105", fmt::format("adds unique index {} on {}{}: fails if existing rows "
                                          "hold duplicates",
                                          quoted(create->index.name), quoted_table(create->table),
                                          column_tuple(create->index.columns)));
}

}  // namespace schemac::lint
