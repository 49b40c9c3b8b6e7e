// S002: a column added as optional or with a default, or relaxed to optional or given a default.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"
#include "support/overloaded.hpp"

namespace schemac::lint {

std::optional<Finding> check_s002_add_optional_column(const ir::Change& change,
                                                      const RuleContext&) {
  if (const auto* add = std::get_if<ir::AddColumn>(&change.kind)) {
    const std::string column = quoted_column(add->table, add->column.name);
    if (add->column.nullable) {
      return make_finding("S002", "adds nullable column " + column);
    }
    if (add->column.default_value) {
      return make_finding("S002", "adds column " + column + " with a default");
    }
    if (add->column.autoincrement) {
      return make_finding(
          "S002", "adds autoincrement column " + column + ": the sequence numbers existing rows");
    }
    return std::nullopt;
  }
  const auto* alter = std::get_if<ir::AlterColumn>(&change.kind);
  if (alter == nullptr) {
    return std::nullopt;
  }
  const std::string column = quoted_column(alter->table, alter->after.name);
  std::vector<std::string> parts;
  if ((alter->changes & ir::kChangeNullability) && alter->after.nullable) {
    parts.push_back("makes column " + column + " optional");
  }
  if ((alter->changes & ir::kChangeDefault) && !alter->before.default_value) {
    parts.push_back("gives column " + column + " a default");
  }
  if (parts.empty()) {
    return std::nullopt;
  }
  return make_finding("S002", parts.size() == 1 ? parts[0] : parts[0] + "; " + parts[1]);
}

}  // namespace schemac::lint
