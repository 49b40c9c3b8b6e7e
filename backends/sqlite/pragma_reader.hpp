// Reading a SQLite database's table facts by asking SQLite: set-based queries over sqlite_schema
// and the pragma table-valued functions. Always right, but each pragma looks its table or index
// up by name, which costs a walk of SQLite's schema hash chains per table (SQLite's Hash stops
// growing at 64 buckets; at 44,000 schema objects that is 0.4 s for 11,000 tables). It is the
// fallback of ddl_reader.hpp.
#pragma once

#include <vector>

#include "backends/sqlite/table_facts.hpp"
#include "support/result.hpp"

struct sqlite3;

namespace schemac::backends::sqlite {

// The user tables (not sqlite_*, not Prisma's `_prisma_migrations`, not Cloudflare D1's `_cf_*`
// and `d1_migrations`, as Prisma's describer leaves them out) in creation order, with what
// PRAGMA table_info, index_list/index_xinfo (origins `c` and `pk`) and foreign_key_list say.
// Four queries in all, not a query per table.
[[nodiscard]] Result<std::vector<TableFacts>> read_facts_with_pragmas(sqlite3* db);

}  // namespace schemac::backends::sqlite
