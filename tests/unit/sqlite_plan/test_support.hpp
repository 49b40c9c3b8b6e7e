// Helpers of the SQLite planner tests: lowering a schema file, building from-empty change
// lists, turning a plan into script text, and running SQL on a scratch database.
#pragma once

#include <string>
#include <vector>

#include "backends/plan.hpp"
#include "ir/change.hpp"
#include "ir/schema.hpp"

struct sqlite3;

namespace schemac::test {

// Parse, validate and lower a .prisma file (or folder); `error` says why not.
struct Lowered {
  bool ok = false;
  std::string error;
  ir::Schema schema;
};

[[nodiscard]] Lowered lower_file(const std::string& path);
[[nodiscard]] Lowered lower_text(const std::string& schema_text);

// The change list the differ gives from empty: CreateTable for each table in order, then
// CreateIndex for each index, then AddForeignKey for each foreign key (ir/diff.hpp's order).
[[nodiscard]] std::vector<ir::Change> changes_from_empty(const ir::Schema& to);

// The plan from empty to `to`.
[[nodiscard]] backends::Plan plan_from_empty(const ir::Schema& to);

// Every statement followed by `;`, one after the other, split into lines, blank lines dropped:
// the form a Prisma script has once its comments and blank lines are removed.
[[nodiscard]] std::vector<std::string> statement_lines(const backends::Plan& plan);

// A Prisma script's lines without `--` comment lines and blank lines.
[[nodiscard]] std::vector<std::string> prisma_statement_lines(const std::string& script);

// The plan as a runnable script: steps placed before the transaction, BEGIN, the steps in it,
// COMMIT, the steps after it; each statement ends with `;` and a newline.
[[nodiscard]] std::string script_text(const backends::Plan& plan);

// A scratch database: in memory, or a file.
class Db {
 public:
  explicit Db(const std::string& path = ":memory:");
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Runs SQL (several statements) and stops at the first error, like sqlite3_exec; returns ""
  // or SQLite's error message.
  std::string exec(const std::string& sql);
  // Runs SQL statement by statement and goes on after an error, as the sqlite3 shell does
  // without -bail; returns the errors, one per failed statement.
  std::vector<std::string> exec_all(const std::string& sql);
  // The first column of every row of one query, as text ("NULL" for NULL).
  std::vector<std::string> column(const std::string& sql);
  std::string value(const std::string& sql);

 private:
  sqlite3* db_ = nullptr;
};

[[nodiscard]] std::string source_dir();
[[nodiscard]] std::string shared_dir();

}  // namespace schemac::test
