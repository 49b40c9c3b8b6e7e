// R102: an optional column made required.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"

namespace schemac::lint {

std::optional<Finding> check_r102_make_required(const ir::Change& change,
                                                const RuleContext& context) {
  const auto* alter = std::get_if<ir::AlterColumn>(&change.kind);
  if (alter == nullptr || !(alter->changes & ir::kChangeNullability) || alter->after.nullable) {
    return std::nullopt;
  }
  const std::string column = quoted_column(alter->table, alter->after.name);
  if (const std::string* value = context.risk.backfill_of(alter->table, alter->after.name)) {
    return make_finding("R102", fmt::format("makes column {} required: NULLs become the "
                                            "--backfill value {}",
                                            column, *value));
  }
  if (alter->after.default_value) {
    return make_finding("R102", fmt::format("makes column {} required: NULLs become its default",
                                            column));
  }
  return make_finding("R102", fmt::format("makes column {} required: fails if a row holds NULL "
                                          "(give a --backfill value)",
                                          column));
}

}  // namespace schemac::lint
