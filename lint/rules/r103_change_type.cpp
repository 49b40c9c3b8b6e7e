// R103: a column type change that keeps every value (widening), and autoincrement changes.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"
#include "lint/rules/type_change.hpp"

namespace schemac::lint {

std::optional<Finding> check_r103_change_type(const ir::Change& change, const RuleContext&) {
  const auto* alter = std::get_if<ir::AlterColumn>(&change.kind);
  if (alter == nullptr) {
    return std::nullopt;
  }
  const std::string column = quoted_column(alter->table, alter->after.name);
  std::string message;
  // A type change that can lose data is H205's, not this rule's.
  if ((alter->changes & ir::kChangeType) &&
      !type_change_loss(alter->before.type, alter->after.type)) {
    message = fmt::format("changes the type of column {} from {} to {}", column,
                          type_label(alter->before.type), type_label(alter->after.type));
  }
  if (alter->changes & ir::kChangeAutoincrement) {
    if (!message.empty()) {
      message += "; ";
    }
    message += fmt::format("{} autoincrement {} column {}",
                           alter->after.autoincrement ? "adds" : "removes",
                           alter->after.autoincrement ? "to" : "from", column);
  }
  if (message.empty()) {
    return std::nullopt;
  }
  return make_finding("R103", std::move(message));
}

}  // namespace schemac::lint
