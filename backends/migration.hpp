// The whole job of `schemac diff` as a library call: diff, plan, assess, render the script.
#pragma once

#include <string>
#include <vector>

#include "backends/plan.hpp"
#include "ir/change.hpp"
#include "ir/schema.hpp"
#include "lint/risk.hpp"
#include "support/result.hpp"

namespace schemac::backends {

struct MigrationRequest {
  const ir::Schema& from;
  const ir::Schema& to;
  std::string from_label;  // shown in the header: "empty", "prisma/schema.prisma", "sqlite:dev.db"
  std::string to_label;
  ir::RenameHints renames{};
  std::vector<Backfill> backfills{};
  bool online = false;
  // A reverse script: its header lists what it cannot restore (`cannot_restore(up)`).
  bool reverse = false;
  std::vector<std::string> cannot_restore{};
};

struct Migration {
  std::vector<ir::Change> changes;
  std::vector<std::vector<lint::Finding>> findings;  // one list per change, same order
  Plan plan;
  std::string script;  // header, per-step comments, statements; "" parts never omitted
  [[nodiscard]] bool empty() const { return changes.empty(); }
};

// Error (one line) for a rename hint that names nothing, a backfill for a column that is not
// added or made required, or a dialect without a backend.
[[nodiscard]] Result<Migration> make_migration(const MigrationRequest& request);

// What running the reverse of `up` cannot bring back, one line each: the data of the tables
// and columns `up` drops, values a lossy type change cut, enum values it removed.
[[nodiscard]] std::vector<std::string> cannot_restore(const Migration& up);

}  // namespace schemac::backends
