// Rows for the SQLite integration tests: generated from an IR schema, inserted, read back,
// compared (the dialect-neutral half is table_rows.hpp).
#pragma once

#include <string>
#include <vector>

#include "ir/change.hpp"
#include "ir/schema.hpp"
#include "support/result.hpp"
#include "tests/corpus/cases/table_rows.hpp"

struct sqlite3;

namespace schemac::test {

// Inserts plan_rows(schema, per_table) with SQLite's values for the type families into every
// table of `schema` (which must describe the database), in one transaction with foreign keys
// enforced and deferred. Error (naming the table and SQLite's message) when SQLite refuses a row.
[[nodiscard]] Result<bool> insert_rows(sqlite3* db, const ir::Schema& schema, int per_table);

// Every row of every table of `schema`, reading exactly the schema's columns.
[[nodiscard]] Result<Snapshot> read_rows(sqlite3* db, const ir::Schema& schema);

// lost_rows (table_rows.hpp) with SQLite's judgement: a column whose type changed may hold the
// value converted as SQLite's `CAST(old AS <TO's native type>)` would convert it (the planner's
// INSERT … SELECT with casts) or the value as it was (a copy into a column whose affinity keeps
// it); otherwise `IS` decides (1 IS 1.0, but '1' IS NOT 1).
[[nodiscard]] std::vector<std::string> lost_rows(const Snapshot& before, const Snapshot& after,
                                                 const ir::Schema& from, const ir::Schema& to,
                                                 const ir::RenameHints& renames);

}  // namespace schemac::test
