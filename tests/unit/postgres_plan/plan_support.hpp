// Helpers of the PostgreSQL planner tests: lowering schema text, planning between two schemas,
// and the plan's statements in the order the script runs them.
#pragma once

#include <string>
#include <vector>

#include "backends/plan.hpp"
#include "ir/change.hpp"
#include "ir/schema.hpp"

namespace schemac::test {

// `models` after a PostgreSQL datasource block (unless it has its own), parsed, validated and
// lowered; a schema that does not lower fails the test.
[[nodiscard]] ir::Schema lower_postgres(const std::string& models);

// An empty PostgreSQL schema (`--from empty`).
[[nodiscard]] ir::Schema empty_postgres();

struct PlanOptions {
  std::vector<backends::Backfill> backfills;
  bool online = false;
  ir::RenameHints renames;
};

// ir::diff(from, to) planned by the PostgreSQL planner; either failing fails the test.
[[nodiscard]] backends::Plan plan_between(const ir::Schema& from, const ir::Schema& to,
                                          const PlanOptions& options = {});

// Every statement with its `;`, Before-, In- and AfterTransaction steps in that order.
[[nodiscard]] std::vector<std::string> statements(const backends::Plan& plan);

// The script's statement lines: statements(plan) split into lines, blank lines dropped (the form
// a Prisma script has once its comments and blank lines are removed).
[[nodiscard]] std::vector<std::string> statement_lines(const backends::Plan& plan);

// A Prisma script without comment lines, blank lines, and the BEGIN/COMMIT lines Prisma wraps
// around an enum it recreates (schemac's script has its own transaction).
[[nodiscard]] std::vector<std::string> prisma_statement_lines(const std::string& script);

// The whole file, or "" when it cannot be read.
[[nodiscard]] std::string slurp(const std::string& path);

}  // namespace schemac::test
