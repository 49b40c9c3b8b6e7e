// CREATE/ALTER/DROP TYPE for PostgreSQL enums, as Prisma prints them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ir/change.hpp"
#include "ir/schema.hpp"

namespace schemac::backends::postgres {

// `CREATE TYPE "s"."E" AS ENUM ('A', 'B')`.
[[nodiscard]] std::string render_create_enum(const ir::Enum& enum_type);

// `DROP TYPE "s"."E"`.
[[nodiscard]] std::string render_drop_enum(const ir::Enum& enum_type);

// One `ALTER TYPE "s"."E" ADD VALUE[ IF NOT EXISTS] 'v'` per added value, in TO's order.
[[nodiscard]] std::vector<std::string> render_add_enum_values(const ir::AlterEnum& alter,
                                                              bool if_not_exists = false);

// A column whose type is the enum being recreated, named as it is when the AlterEnum step runs
// (before any rename: FROM's names).
struct EnumColumn {
  ir::TableRef table;
  std::string column;
  bool is_array = false;
  bool has_default = false;                     // in FROM: dropped before the type changes
  std::optional<std::string> restored_default;  // TO's default text, set again at the end
};

// Removing a value, as Prisma does it (render_postgres_alter_enum): create `E_new` with TO's
// values, drop the defaults that use the type, convert every column
// (`ALTER TABLE … ALTER COLUMN "c" TYPE "E_new" USING ("c"::text::"E_new")`), rename `E` to
// `E_old` and `E_new` to `E`, drop `E_old`, set the defaults again. Prisma wraps these in its own
// BEGIN/COMMIT; schemac's script already runs in one transaction, so they are left out (a
// nested COMMIT would end the script's transaction early).
[[nodiscard]] std::vector<std::string> render_recreate_enum(const ir::AlterEnum& alter,
                                                            const std::vector<EnumColumn>& columns);

}  // namespace schemac::backends::postgres
