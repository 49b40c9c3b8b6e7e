// H205: a column type change that can lose data (narrowing, text → number, …).
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"
#include "lint/rules/type_change.hpp"

namespace schemac::lint {

std::optional<Finding> check_h205_lossy_type_change(const ir::Change& change, const RuleContext&) {
  const auto* alter = std::get_if<ir::AlterColumn>(&change.kind);
  if (alter == nullptr || !(alter->changes & ir::kChangeType)) {
    return std::nullopt;
  }
  const std::optional<std::string> loss = type_change_loss(alter->before.type, alter->after.type);
  if (!loss) {
    return std::nullopt;
  }
  return make_finding(
      "H205", fmt::format("changes column {} from {} to {}: {}",
                          quoted_column(alter->table, alter->after.name),
                          type_label(alter->before.type), type_label(alter->after.type), *loss));
}

}  // namespace schemac::lint
