// Risk levels and codes of changes (DESIGN.md §5): the groundwork of `schemac lint`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ir/change.hpp"
#include "ir/schema.hpp"

namespace schemac::lint {

enum class Level { Safe, Risky, High };

[[nodiscard]] std::string_view level_name(Level level);  // "safe", "risky", "high"

// One rule of the catalogue: a stable code, its level and title, why it matters and the safe way.
struct Rule {
  std::string_view code;  // "S001", "R101", "H202", ...
  Level level;
  std::string_view title;        // "drop column"
  std::string_view explanation;  // one or two sentences for a user who has never seen it
  std::string_view alternative;  // the safe way to do it ("" when the change is safe)
};

// Every rule, in code order.
[[nodiscard]] const std::vector<Rule>& catalogue();
[[nodiscard]] const Rule* find_rule(std::string_view code);

// What a rule found about one change.
struct Finding {
  const Rule* rule;
  std::string message;  // names the object: `drops column "User"."age" and its data`
};

// Facts about the plan that some rules need (no live database yet).
struct RiskContext {
  ir::Dialect dialect = ir::Dialect::Sqlite;
  const ir::Schema* from = nullptr;
  const ir::Schema* to = nullptr;
  bool online = false;  // PostgreSQL --online (R107 does not fire)
  // Tables (TO names) the SQLite planner rebuilds.
  std::vector<ir::TableRef> rebuilt_tables;
  // `--backfill` values (TO names): existing rows get them, so a required column no longer
  // fails on them; the findings say what the rows get instead.
  struct Backfill {
    ir::TableRef table;
    std::string column;
    std::string expression;
  };
  std::vector<Backfill> backfills;

  // The backfill expression of a column, or nullptr.
  [[nodiscard]] const std::string* backfill_of(const ir::TableRef& table,
                                               std::string_view column) const {
    for (const Backfill& b : backfills) {
      if (b.table == table && b.column == column) {
        return &b.expression;
      }
    }
    return nullptr;
  }
};

// The findings for one change, most severe first; never empty (every change has a level).
// Seeing one change only, it takes a table absent from FROM for a created one and a table
// absent from TO for a dropped one (a renamed table is misjudged), and it attaches H207 to
// every change of a rebuilt table. Scans the schemas: O(tables) per change.
[[nodiscard]] std::vector<Finding> assess(const ir::Change& change, const RiskContext& context);

// The findings of every change of a list (ir::diff's), one vector per change in the same
// order, each as assess() would give it, except that: tables created and dropped are read
// from the list's CreateTable and DropTable changes (exact with renames), and H207 is attached
// once per rebuilt table, to the first change of that table. Prefer this to a loop over
// assess(): O(changes + tables + foreign keys).
[[nodiscard]] std::vector<std::vector<Finding>> assess_all(const std::vector<ir::Change>& changes,
                                                           const RiskContext& context);

// The highest level among findings.
[[nodiscard]] Level max_level(const std::vector<Finding>& findings);

}  // namespace schemac::lint
