// R107: an index built with a plain, write-blocking CREATE INDEX on PostgreSQL.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"

namespace schemac::lint {

std::optional<Finding> check_r107_blocking_index(const ir::Change& change,
                                                 const RuleContext& context) {
  const auto* create = std::get_if<ir::CreateIndex>(&change.kind);
  // `--online` builds it CONCURRENTLY; a new table has no rows and no writers to block;
  // SQLite has a single writer anyway.
  if (create == nullptr || context.risk.dialect != ir::Dialect::Postgres || context.risk.online ||
      context.facts.table_is_created(create->table)) {
    return std::nullopt;
  }
  return make_finding("R107", fmt::format("builds index {} with a blocking CREATE INDEX: writes "
                                          "to {} wait until it is built",
                                          quoted(create->index.name), quoted_table(create->table)));
}

}  // namespace schemac::lint
