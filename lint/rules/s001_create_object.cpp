// S001: creating a table, enum, schema or extension, and the foreign keys of a new table.
#include <fmt/format.h>

#include "lint/rules/object_names.hpp"
#include "lint/rules/rule.hpp"
#include "support/overloaded.hpp"

namespace schemac::lint {

std::optional<Finding> check_s001_create_object(const ir::Change& change,
                                                const RuleContext& context) {
  return std::visit(
      Overloaded{
          [](const ir::CreateTable& c) -> std::optional<Finding> {
            return make_finding(
                "S001", "creates table " + quoted_table({c.table.schema_name, c.table.name}));
          },
          [](const ir::CreateEnum& c) -> std::optional<Finding> {
            return make_finding("S001", "creates enum " + quoted_enum(c.enum_type));
          },
          [](const ir::CreateNamespace& c) -> std::optional<Finding> {
            return make_finding("S001", "creates schema " + quoted(c.name));
          },
          [](const ir::CreateExtension& c) -> std::optional<Finding> {
            return make_finding("S001", "creates extension " + quoted(c.extension.name));
          },
          // A table created by this migration has no rows, so its foreign keys find no orphans
          // and lock nothing anyone waits on.
          [&](const ir::AddForeignKey& c) -> std::optional<Finding> {
            if (!context.facts.table_is_created(c.table)) {
              return std::nullopt;
            }
            return make_finding("S001",
                                fmt::format("adds foreign key {} of new table {}: no rows yet, "
                                            "so no orphans",
                                            quoted(c.foreign_key.name), quoted_table(c.table)));
          },
          [](const auto&) -> std::optional<Finding> { return std::nullopt; },
      },
      change.kind);
}

}  // namespace schemac::lint
