// What a SQLite column's declared type and DEFAULT text mean in the IR.
#pragma once

#include <optional>
#include <string_view>

#include "ir/column.hpp"

namespace schemac::backends::sqlite {

// The declared type (PRAGMA table_info `type`) as the Prisma scalar `prisma db pull` gives it
// (get_column_type in schema-engine/sql-schema-describer/src/sqlite.rs); `native` keeps the
// declared text exactly, as lowering writes it ("INTEGER", "DECIMAL", "circle").
[[nodiscard]] ir::ColumnType column_type(std::string_view declared);

// The default of a column from its PRAGMA table_info `dflt_value` text, in the form lowering
// gives the same default, so that a database Prisma made compares equal to the lowered schema.
// nullopt for no default and for DEFAULT NULL.
[[nodiscard]] std::optional<ir::Default> column_default(std::string_view dflt_value,
                                                        ir::TypeFamily family);

}  // namespace schemac::backends::sqlite
