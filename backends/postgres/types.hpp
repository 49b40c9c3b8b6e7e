// PostgreSQL column types and defaults as Prisma prints them.
#pragma once

#include <optional>
#include <string>

#include "ir/column.hpp"

namespace schemac::backends::postgres {

// The element type of a column (no `[]`): the IR's native text, SERIAL/BIGSERIAL/SMALLSERIAL
// for an autoincrement INTEGER/BIGINT/SMALLINT, an enum as its qualified type name
// (`"users"."UserType"`), Unsupported("…") verbatim. Authority: render_column_type_postgres in
// flavour/postgres/renderer.rs.
[[nodiscard]] std::string element_type_text(const ir::Column& column);

// The declared type: element_type_text plus `[]` for a scalar list.
[[nodiscard]] std::string column_type_text(const ir::Column& column);

// The type to cast to in `USING` and in defaults: column_type_text without the SERIAL rewriting
// (SERIAL is not a type a value can be cast to).
[[nodiscard]] std::string cast_type_text(const ir::Column& column);

// The text after `DEFAULT`, as Prisma's render_default prints it, or nullopt when the column has
// no database default: strings, enum values, date-times and JSON become quoted literals, bytes
// `'\x…'`, numbers and booleans stay as written, lists `ARRAY[…]::T[]`, now() is
// CURRENT_TIMESTAMP, dbgenerated("…") verbatim; a sequence default (CockroachDB) has no text.
[[nodiscard]] std::optional<std::string> default_text(const ir::Column& column);

}  // namespace schemac::backends::postgres
