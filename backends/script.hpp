// A plan as the text of a migration script: header, transaction framing, one comment per step.
#pragma once

#include <string>
#include <vector>

#include "backends/plan.hpp"
#include "ir/change.hpp"
#include "lint/risk.hpp"

namespace schemac::backends {

struct ScriptHeader {
  ir::Dialect dialect = ir::Dialect::Sqlite;
  std::string from_label;
  std::string to_label;
  bool reverse = false;
  std::vector<std::string> cannot_restore;  // reverse scripts: one line each
};

// The script for `plan`:
//
//   -- schemac 0.1.0 migration (sqlite)            header: source, target, one line per change
//   -- from: … / to: …                             with its risk codes, the plan's warnings, and
//   -- 3 changes: 2 safe, 0 risky, 1 high          (reverse scripts) what cannot be restored
//   PRAGMA foreign_keys=OFF;                       steps placed BeforeTransaction
//   BEGIN;
//   -- CreateTable "User"                          each step: its comment, then its statements
//   CREATE TABLE "User" (…);                       (a DESTRUCTIVE step says so, and what is lost)
//   COMMIT;
//   PRAGMA foreign_keys=ON;                        steps placed AfterTransaction
//
// Steps are separated by a blank line, as in Prisma's scripts. A plan without steps renders as
// the header and `-- This is an empty migration.` (Prisma's words), with no transaction.
[[nodiscard]] std::string render_script(const Plan& plan, const std::vector<ir::Change>& changes,
                                        const std::vector<std::vector<lint::Finding>>& findings,
                                        const ScriptHeader& header);

// One line per change for `--summary` and the header: `R102 risky  AlterColumn "User"."name":
// makes column "User"."name" required`.
[[nodiscard]] std::string summary_line(const ir::Change& change,
                                       const std::vector<lint::Finding>& findings);

}  // namespace schemac::backends
