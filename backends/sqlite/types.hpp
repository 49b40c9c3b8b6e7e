// SQLite column types and defaults as Prisma prints them, and SQLite's type affinity rules.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ir/column.hpp"

namespace schemac::backends::sqlite {

// The declared type of a column: the IR's native text (`TEXT`, `DATETIME`, `circle` for
// Unsupported("circle")), or, when an IR was built without one, the type Prisma's SQLite
// renderer gives the family (render_column_type in flavour/sqlite/renderer.rs: Boolean →
// BOOLEAN, DateTime → DATETIME, Float → REAL, Decimal → DECIMAL, Int → INTEGER, BigInt → BIGINT,
// String and enums → TEXT, Binary → BLOB, Json → JSONB).
[[nodiscard]] std::string column_type_text(const ir::ColumnType& type);

// The text after `DEFAULT`, as Prisma's render_default prints it, or nullopt when the column has
// no database default. Strings, enum values, date-times and bytes (hex) become quoted literals,
// numbers and booleans stay as written, now() is CURRENT_TIMESTAMP, dbgenerated("…") verbatim.
// JSON defaults are printed unquoted: Prisma 7 does so (checked with the oracle), and parity
// from empty follows it.
[[nodiscard]] std::optional<std::string> default_text(const ir::Column& column);

// Whether SQLite's ALTER TABLE ADD COLUMN accepts the column's default on a table that has rows
// (sqlite.org/lang_altertable.html, "ADD COLUMN"): no default, or a constant one. CURRENT_TIMESTAMP
// and expressions (every dbgenerated(), which may be one) are refused.
[[nodiscard]] bool default_is_constant(const ir::Column& column);

// SQLite's type affinity of a declared type (sqlite.org/datatype3.html §3.1, the five rules in
// their order). DATETIME, BOOLEAN, DECIMAL and JSONB are NUMERIC.
enum class Affinity { Integer, Text, Blob, Real, Numeric };
[[nodiscard]] Affinity type_affinity(std::string_view declared_type);

}  // namespace schemac::backends::sqlite
