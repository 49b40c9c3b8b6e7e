// S003: indexes created on new tables or as plain indexes, dropped, renamed; renamed primary keys.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"
#include "support/overloaded.hpp"

namespace schemac::lint {

std::optional<Finding> check_s003_index(const ir::Change& change, const RuleContext& context) {
  return std::visit(
      Overloaded{
          // A unique index on an existing table is R105's: it can fail on duplicates.
          [&](const ir::CreateIndex& c) -> std::optional<Finding> {
            const bool created = context.facts.table_is_created(c.table);
            if (c.index.kind == ir::IndexKind::Unique && !created) {
              return std::nullopt;
            }
            return make_finding("S003",
                                fmt::format("creates index {} on {}{}", quoted(c.index.name),
                                            created ? "new table " : "", quoted_table(c.table)));
          },
          [](const ir::DropIndex& c) -> std::optional<Finding> {
            return make_finding("S003", fmt::format("drops index {} on {}", quoted(c.index.name),
                                                    quoted_table(c.table)));
          },
          [](const ir::RenameIndex& c) -> std::optional<Finding> {
            return make_finding("S003", fmt::format("renames index {} on {} to {}", quoted(c.from),
                                                    quoted_table(c.table), quoted(c.to)));
          },
          // Same columns, new constraint name (it followed a renamed table): metadata only.
          [](const ir::ChangePrimaryKey& c) -> std::optional<Finding> {
            if (!c.before || !c.after || c.before->columns != c.after->columns) {
              return std::nullopt;
            }
            return make_finding(
                "S003", fmt::format("renames primary key {} of {} to {}", quoted(c.before->name),
                                    quoted_table(c.table), quoted(c.after->name)));
          },
          [](const auto&) -> std::optional<Finding> { return std::nullopt; },
      },
      change.kind);
}

}  // namespace schemac::lint
