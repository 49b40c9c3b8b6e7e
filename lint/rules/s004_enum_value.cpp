// S004: values added to an enum, and an enum type dropped once no column uses it.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"
#include "support/overloaded.hpp"

namespace schemac::lint {

std::optional<Finding> check_s004_enum_value(const ir::Change& change, const RuleContext&) {
  if (const auto* alter = std::get_if<ir::AlterEnum>(&change.kind)) {
    if (alter->added.empty()) {
      return std::nullopt;
    }
    return make_finding(
        "S004", fmt::format("adds {} {} to enum {}", alter->added.size() == 1 ? "value" : "values",
                            quoted_list(alter->added), quoted_enum(alter->after)));
  }
  // The differ drops a type after the columns that used it are dropped or altered: no row
  // holds one of its values any more (PostgreSQL refuses to drop a type still in use).
  if (const auto* drop = std::get_if<ir::DropEnum>(&change.kind)) {
    return make_finding(
        "S004", "drops enum " + quoted_enum(drop->enum_type) + ", which no column uses any more");
  }
  return std::nullopt;
}

}  // namespace schemac::lint
