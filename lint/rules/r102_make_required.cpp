// R102: an optional column made required.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"

namespace schemac::lint {

std::optional<Finding> check_r102_make_required(const ir::Change& change, const RuleContext&) {
  const auto* alter = std::get_if<ir::AlterColumn>(&change.kind);
  if (alter == nullptr || !(alter->changes & ir::kChangeNullability) || alter->after.nullable) {
    return std::nullopt;
  }
  return make_finding("R102", fmt::format("makes column {} required: fails if a row holds NULL",
                                          quoted_column(alter->table, alter->after.name)));
}

}  // namespace schemac::lint
