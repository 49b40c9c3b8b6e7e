// H207: a change on a table SQLite rebuilds while other tables reference it.
#include <algorithm>
#include <cstddef>

#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"

namespace schemac::lint {

std::optional<Finding> check_h207_rebuild_referenced_table(const ir::Change& change,
                                                           const RuleContext& context) {
  if (context.risk.rebuilt_tables.empty()) {
    return std::nullopt;
  }
  const std::optional<ir::TableRef> table = ir::change_table(change);
  if (!table) {
    return std::nullopt;
  }
  const std::vector<std::string> referencing = context.facts.rebuilt_table_referenced_by(*table);
  if (referencing.empty()) {
    return std::nullopt;
  }
  // Name a few referencing tables; a schema with hundreds would drown the message.
  constexpr std::size_t kNamed = 3;
  std::vector<std::string> named(
      referencing.begin(),
      referencing.begin() + static_cast<std::ptrdiff_t>(std::min(kNamed, referencing.size())));
  std::string list = quoted_list(named);
  if (referencing.size() > kNamed) {
    list += ", …";
  }
  return make_finding(
      "H207", fmt::format("rebuilds table {}, which {} other {} reference{} ({}): rows are copied "
                          "with foreign keys off and checked afterwards",
                          quoted_table(*table), referencing.size(),
                          referencing.size() == 1 ? "table" : "tables",
                          referencing.size() == 1 ? "s" : "", list));
}

}  // namespace schemac::lint
