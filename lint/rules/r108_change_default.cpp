// R108: a column default changed or dropped (adding one is S002's).
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"

namespace schemac::lint {

std::optional<Finding> check_r108_change_default(const ir::Change& change, const RuleContext&) {
  const auto* alter = std::get_if<ir::AlterColumn>(&change.kind);
  if (alter == nullptr || !(alter->changes & ir::kChangeDefault) || !alter->before.default_value) {
    return std::nullopt;
  }
  return make_finding("R108", fmt::format("{} the default of column {}",
                                          alter->after.default_value ? "changes" : "drops",
                                          quoted_column(alter->table, alter->after.name)));
}

}  // namespace schemac::lint
