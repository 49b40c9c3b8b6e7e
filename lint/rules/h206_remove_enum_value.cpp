// H206: values removed from an enum.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"

namespace schemac::lint {

std::optional<Finding> check_h206_remove_enum_value(const ir::Change& change, const RuleContext&) {
  const auto* alter = std::get_if<ir::AlterEnum>(&change.kind);
  if (alter == nullptr || alter->removed.empty()) {
    return std::nullopt;
  }
  return make_finding("H206", fmt::format("removes {} {} from enum {}: rows holding {} make the "
                                          "migration fail",
                                          alter->removed.size() == 1 ? "value" : "values",
                                          quoted_list(alter->removed), quoted_enum(alter->before),
                                          alter->removed.size() == 1 ? "it" : "them"));
}

}  // namespace schemac::lint
