// Rows for the PostgreSQL integration tests: generated from an IR schema, inserted, read back,
// compared (the dialect-neutral half is tests/corpus/cases/table_rows.hpp).
#pragma once

#include <string>
#include <vector>

#include "backends/postgres/connection.hpp"
#include "ir/change.hpp"
#include "ir/schema.hpp"
#include "support/result.hpp"
#include "tests/corpus/cases/table_rows.hpp"

namespace schemac::test {

// Inserts plan_rows(schema, per_table) into every table of `schema` (which must describe the
// database), as text literals PostgreSQL converts to each column's type: numbers, `true`/`false`,
// timestamps, JSON, `\x…` bytes, the enum's values in turn, one-element arrays for lists. One
// transaction with `session_replication_role = replica`, so foreign keys are not checked while
// the rows go in (tables may reference each other; plan_rows makes every key point at a row).
// Error (naming the statement and the server's message) when PostgreSQL refuses a row.
[[nodiscard]] Result<bool> insert_rows(backends::postgres::Connection& db, const ir::Schema& schema,
                                       int per_table);

// Every row of every table of `schema`, reading exactly the schema's columns as text.
[[nodiscard]] Result<Snapshot> read_rows(backends::postgres::Connection& db,
                                         const ir::Schema& schema);

// lost_rows (table_rows.hpp) with PostgreSQL's judgement: the same text, or, for a column whose
// type changed, the value PostgreSQL's CAST from FROM's type to TO's gives (the planner's
// `USING "c"::<type>`), asked of `db`; when FROM's type no longer exists (an enum the migration
// dropped) the old text cast to TO's type.
[[nodiscard]] std::vector<std::string> lost_rows(backends::postgres::Connection& db,
                                                 const Snapshot& before, const Snapshot& after,
                                                 const ir::Schema& from, const ir::Schema& to,
                                                 const ir::RenameHints& renames);

}  // namespace schemac::test
