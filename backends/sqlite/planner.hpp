// SQLite's plan: ALTER TABLE where SQLite allows it, otherwise the 12-step table rebuild.
#pragma once

#include "backends/plan.hpp"
#include "support/result.hpp"

namespace schemac::backends::sqlite {

// Steps for `input.changes`, each with its SQL:
// - from empty (and for every created table) exactly Prisma's statements: CREATE TABLE with the
//   primary key and foreign keys inline, then CREATE [UNIQUE] INDEX, in Prisma's order;
// - ADD COLUMN, RENAME COLUMN, RENAME TO, CREATE/DROP INDEX where SQLite can do them;
// - every other table change as one rebuild per table (sqlite.org/lang_altertable.html §7):
//   `PRAGMA foreign_keys=OFF` before the transaction, then CREATE "new_T", INSERT … SELECT with
//   casts, renamed columns and backfills, DROP, RENAME, re-created indexes, and after all steps a
//   foreign-key check that aborts the transaction on any violation; `PRAGMA foreign_keys=ON`
//   after it. So a rebuild never deletes child rows through ON DELETE CASCADE.
[[nodiscard]] Result<Plan> plan(const PlanInput& input);

}  // namespace schemac::backends::sqlite
