// Reading a live SQLite database into the IR.
#pragma once

#include "backends/sqlite/connection.hpp"
#include "ir/schema.hpp"
#include "support/result.hpp"

namespace schemac::backends::sqlite {

// The tables of the database (not sqlite_*, not Prisma's `_prisma_migrations`, not Cloudflare
// D1's `_cf_*` and `d1_migrations`, as Prisma leaves them out), with columns
// (declared types mapped to Prisma's type family, NOT NULL, defaults normalised to the IR's
// value forms), primary keys (AUTOINCREMENT as the column's flag), unique and plain indexes
// (not the automatic ones), and foreign keys with their constraint names and actions. A
// database made by Prisma's own SQL for a schema introspects equal to that schema lowered.
// A few set-based queries (pragma table-valued functions joined to sqlite_schema), not a
// query per table.
[[nodiscard]] Result<ir::Schema> introspect(Connection& db);

}  // namespace schemac::backends::sqlite
