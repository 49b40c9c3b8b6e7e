// The PostgreSQL planner's column decisions: Prisma's clauses for added and altered columns,
// and schemac's staged forms around them (backfills, NOT NULL, defaults across type changes).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "backends/plan.hpp"
#include "ir/change.hpp"

namespace schemac::backends::postgres {

// A step with one comment line and its statements (no final `;`).
[[nodiscard]] Step make_step(std::string comment, std::vector<std::string> statements,
                             std::vector<std::size_t> changes,
                             Placement placement = Placement::InTransaction);

// What one column change adds to its table's AlterTable step and around it.
struct ColumnSteps {
  std::vector<std::pair<std::string, std::string>> add_columns;  // (column, clause)
  std::vector<std::string> alter_clauses;                        // in Prisma's order for the column
  std::vector<std::string> before;      // statements before the ALTER TABLE (CREATE SEQUENCE)
  std::vector<std::string> after;       // after it (ALTER SEQUENCE … OWNED BY)
  std::vector<Step> staged;             // after the AlterTable step, in the transaction
  std::vector<Step> after_transaction;  // --online: VALIDATE, SET NOT NULL, DROP CONSTRAINT
  std::vector<std::string> losses;      // what a step loses, for its DESTRUCTIVE note
};

// Prisma's `ADD COLUMN` clause; with a backfill, a required column is added nullable without
// its default, filled (`UPDATE … SET c = backfill`), then made NOT NULL and given its default.
// `backfill` may be null; `change` is the change's index in the plan's change list.
[[nodiscard]] ColumnSteps plan_add_column(const ir::AddColumn& c, const std::string* backfill,
                                          std::size_t change);

// Prisma's `ALTER COLUMN` clauses, in its order (nullability, default, autoincrement, type), with
// a USING on every type change; a column made required is filled where NULL first when a value
// is known (the backfill, else TO's default); `online` makes NOT NULL lock-light (a NOT VALID
// check, validated after the transaction).
[[nodiscard]] ColumnSteps plan_alter_column(const ir::AlterColumn& c, const std::string* backfill,
                                            bool online, std::size_t change);

}  // namespace schemac::backends::postgres
