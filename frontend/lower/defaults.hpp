// Database defaults of columns: which `@default(...)` reaches the database, and in what form.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "frontend/db/database.hpp"
#include "ir/column.hpp"
#include "ir/schema.hpp"

namespace schemac::frontend::lowering {

// The database default of a scalar-like field, as sql_schema_calculator.rs computes it:
// now() → Now; dbgenerated("x") → DbGenerated verbatim (dbgenerated() with no argument: none);
// a literal → Value, normalised to Prisma's form; autoincrement() → none (the column's flag);
// uuid(), cuid(), nanoid(), ulid(), auto() → none (the client generates them). `table` is the
// table's database name (for CockroachDB sequence names).
[[nodiscard]] std::optional<ir::Default> lower_default(const db::Database& database,
                                                       const db::Field& field,
                                                       std::string_view table, ir::Dialect dialect);

// `2020-01-01T00:00:00.5Z` → `2020-01-01 00:00:00.500 +00:00`: RFC 3339 as chrono's
// DateTime<FixedOffset> displays it (the form Prisma renders into DEFAULT). nullopt when the
// text is not RFC 3339.
[[nodiscard]] std::optional<std::string> normalise_datetime(std::string_view rfc3339);

// Base64 (standard alphabet, padding optional) → lowercase hex. nullopt on invalid input.
[[nodiscard]] std::optional<std::string> base64_to_hex(std::string_view base64);

}  // namespace schemac::frontend::lowering
