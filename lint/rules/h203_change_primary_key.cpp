// H203: a primary key added, dropped or moved to other columns (a rename alone is S003).
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"

namespace schemac::lint {

std::optional<Finding> check_h203_change_primary_key(const ir::Change& change, const RuleContext&) {
  const auto* pk = std::get_if<ir::ChangePrimaryKey>(&change.kind);
  if (pk == nullptr) {
    return std::nullopt;
  }
  const std::string table = quoted_table(pk->table);
  if (pk->before && pk->after) {
    if (pk->before->columns == pk->after->columns) {
      return std::nullopt;
    }
    return make_finding(
        "H203", fmt::format("changes the primary key of {} from {} to {}", table,
                            column_tuple(pk->before->columns), column_tuple(pk->after->columns)));
  }
  if (pk->after) {
    return make_finding("H203", fmt::format("adds primary key {} to {}: fails on duplicate or "
                                            "NULL keys",
                                            column_tuple(pk->after->columns), table));
  }
  if (pk->before) {
    return make_finding("H203", fmt::format("drops the primary key {} of {}",
                                            column_tuple(pk->before->columns), table));
  }
  return std::nullopt;
}

}  // namespace schemac::lint
