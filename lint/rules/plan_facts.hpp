// What the rules need to know beyond one change: which tables the migration creates, drops or
// rebuilds, and who references them.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ir/change.hpp"
#include "lint/risk.hpp"

namespace schemac::lint {

class PlanFacts {
 public:
  // From the schemas alone (assess() of one change): a table absent from FROM counts as
  // created and one absent from TO as dropped, which misjudges a renamed table; lookups scan
  // the schemas, O(tables) each.
  explicit PlanFacts(const RiskContext& context);
  // From the whole change list (assess_all): created and dropped tables are exactly those of
  // its CreateTable and DropTable changes. O(changes + tables + foreign keys) to build, O(1)
  // lookups.
  PlanFacts(const RiskContext& context, const std::vector<ir::Change>& changes);

  // `table` (TO's name) is created by this migration: it has no rows yet.
  [[nodiscard]] bool table_is_created(const ir::TableRef& table) const;
  // `table` (FROM's name) is dropped by this migration.
  [[nodiscard]] bool table_is_dropped(const ir::TableRef& table) const;
  // When the planner rebuilds `table` (TO's name): the other TO tables with a foreign key to
  // it, in TO's order. Empty when it is not rebuilt or nothing else references it.
  [[nodiscard]] std::vector<std::string> rebuilt_table_referenced_by(
      const ir::TableRef& table) const;

 private:
  const RiskContext& context_;
  bool from_list_ = false;
  std::unordered_set<std::string> created_;
  std::unordered_set<std::string> dropped_;
  std::unordered_map<std::string, std::vector<std::string>> referenced_by_;  // rebuilt only
  // From the schemas alone, several rules ask about the same table of one change (a CreateIndex
  // is seen by S003, R105 and R107): remember the last answer instead of scanning again.
  mutable std::optional<std::pair<ir::TableRef, bool>> last_created_;
};

}  // namespace schemac::lint
