// The pipeline behind `schemac diff`: diff, plan, assess, render (see backends/migration.hpp).
#include "backends/migration.hpp"

#include <fmt/format.h>

#include "backends/backend.hpp"
#include "backends/script.hpp"
#include "ir/diff.hpp"
#include "support/overloaded.hpp"

namespace schemac::backends {

namespace {

// A backfill is a value for existing rows of a required column this migration adds, or of a
// column it makes required; anywhere else it would be silently ignored, which hides a typo.
Result<bool> check_backfills(const std::vector<Backfill>& backfills,
                             const std::vector<ir::Change>& changes) {
  for (const Backfill& b : backfills) {
    bool used = false;
    for (const ir::Change& change : changes) {
      std::visit(Overloaded{
                     [&](const ir::AddColumn& c) {
                       used = used || (c.table == b.table && c.column.name == b.column &&
                                       !c.column.nullable);
                     },
                     [&](const ir::AlterColumn& c) {
                       used = used || (c.table == b.table && c.after.name == b.column &&
                                       (c.changes & ir::kChangeNullability) != 0 &&
                                       !c.after.nullable);
                     },
                     [](const auto&) {},
                 },
                 change.kind);
    }
    if (!used) {
      return Error{fmt::format(
          "--backfill for \"{}\".\"{}\": this migration neither adds that column as a required "
          "one nor makes it required, so there is nothing to backfill",
          b.table.name, b.column)};
    }
  }
  return true;
}

}  // namespace

Result<Migration> make_migration(const MigrationRequest& request) {
  if (request.from.dialect != request.to.dialect) {
    return Error{fmt::format("cannot diff a {} schema against a {} one",
                             ir::dialect_name(request.from.dialect),
                             ir::dialect_name(request.to.dialect))};
  }
  const Backend* backend = backend_for(request.to.dialect);
  if (backend == nullptr) {
    return Error{fmt::format("schemac cannot write {} migrations yet",
                             ir::dialect_name(request.to.dialect))};
  }
  Migration m;
  auto changes = ir::diff(request.from, request.to, request.renames);
  if (!changes) {
    return changes.error();
  }
  m.changes = std::move(changes.value());
  if (auto ok = check_backfills(request.backfills, m.changes); !ok) {
    return ok.error();
  }
  auto plan = backend->plan(PlanInput{request.from, request.to, m.changes, request.backfills,
                                      request.online});
  if (!plan) {
    return plan.error();
  }
  m.plan = std::move(plan.value());

  lint::RiskContext context;
  context.dialect = request.to.dialect;
  context.from = &request.from;
  context.to = &request.to;
  context.online = request.online;
  context.rebuilt_tables = m.plan.rebuilt_tables;
  for (const Backfill& b : request.backfills) {
    context.backfills.push_back({b.table, b.column, b.expression});
  }
  m.findings = lint::assess_all(m.changes, context);

  ScriptHeader header;
  header.dialect = request.to.dialect;
  header.from_label = request.from_label;
  header.to_label = request.to_label;
  header.reverse = request.reverse;
  header.cannot_restore = request.cannot_restore;
  m.script = render_script(m.plan, m.changes, m.findings, header);
  return m;
}

std::vector<std::string> cannot_restore(const Migration& up) {
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < up.changes.size(); ++i) {
    for (const lint::Finding& f : up.findings[i]) {
      const std::string_view code = f.rule->code;
      // The high-risk rules that lose data: dropped tables and columns, lossy casts, removed
      // enum values. (H203/H204/H207 change structure; the reverse script rebuilds it.)
      if (code == "H201" || code == "H202" || code == "H205" || code == "H206") {
        lines.push_back(ir::describe(up.changes[i]) + ": " + f.message);
      }
    }
  }
  return lines;
}

}  // namespace schemac::backends
