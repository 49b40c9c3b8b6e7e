// What a PostgreSQL column default (pg_get_expr of pg_attrdef.adbin) means in the IR.
#pragma once

#include <optional>
#include <string_view>

#include "ir/column.hpp"

namespace schemac::backends::postgres {

struct ColumnDefault {
  std::optional<ir::Default> value;  // nullopt: no default (also DEFAULT NULL, and sequences)
  bool sequence = false;             // `nextval('…')` on an integer column: autoincrement
};

// The default as lowering writes the same default, so that a database Prisma made compares
// equal to the lowered schema. After get_default_value in schema-engine/sql-schema-describer/
// src/postgres/default.rs: literals with their casts (`'abc'::text`, `'-1'::integer`,
// `1.5::numeric(65,30)`, `true`, `'A'::"Role"`, `'\x01'::bytea`, `'{}'::jsonb`), arrays
// (`ARRAY[…]::T[]` and `'{…}'::T[]`), `CURRENT_TIMESTAMP` and `now()`; date-times in lowering's
// `YYYY-MM-DD HH:MM:SS[.fff] +HH:MM` (`expression` read with TimeZone UTC); anything else
// DbGenerated with the expression as PostgreSQL prints it. Total: never fails.
[[nodiscard]] ColumnDefault column_default(std::string_view expression, const ir::ColumnType& type);

}  // namespace schemac::backends::postgres
