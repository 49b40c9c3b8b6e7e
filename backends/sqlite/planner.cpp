// SQLite's planner: which changes ALTER TABLE can carry out, which tables are rebuilt, and in
// what order the steps run (see planner.hpp).
#include "backends/sqlite/planner.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <variant>

#include "backends/sqlite/quote.hpp"
#include "backends/sqlite/render_foreign_keys.hpp"
#include "backends/sqlite/render_index.hpp"
#include "backends/sqlite/render_rebuild.hpp"
#include "backends/sqlite/render_table.hpp"
#include "backends/sqlite/types.hpp"
#include "support/overloaded.hpp"

namespace schemac::backends::sqlite {

namespace {

// SQLite has one namespace per database file: tables are keyed by name alone.
using Name = std::string;

// Step order, after Prisma's SqlMigrationStep (sql_migration.rs) where Prisma has the step:
// indexes are dropped first; tables are dropped before anything is renamed or created, so a
// name a dropped table frees can be taken; renames run before the rebuilds that read the new
// names; created tables come before the rebuilds (as Prisma's RedefineTables follows
// CreateTable); renamed indexes (drop + create) free their old names before indexes are
// created, last, after the columns they use exist.
enum Phase {
  kDropIndex,
  kDropTable,
  kRenameTable,
  kRenameColumn,
  kAddColumn,
  kCreateTable,
  kRebuild,
  kRenameIndex,
  kCreateIndex,
  kPhaseCount
};

std::string q(std::string_view name) {
  return quote_identifier(name);
}

Step make_step(std::string comment, std::vector<std::string> statements,
               Placement placement = Placement::InTransaction) {
  Step step;
  step.comment = std::move(comment);
  step.statements = std::move(statements);
  step.placement = placement;
  return step;
}

class Planner {
 public:
  explicit Planner(const PlanInput& input) : in_(input) {}

  Result<Plan> run() {
    collect_names();
    choose_rebuilds();
    for (std::size_t i = 0; i < in_.changes.size(); ++i) {
      place(i);
    }
    if (auto error = finish(); !error.empty()) {
      return Error{error};
    }
    Plan plan;
    plan.warnings = std::move(warnings_);
    plan.rebuilt_tables = std::move(rebuilt_);
    const bool framed = !rebuilds_.empty() || !dropped_.empty();
    if (framed) {
      plan.steps.push_back(
          make_step("ForeignKeysOff (before the transaction: DROP TABLE must not "
                    "fire ON DELETE CASCADE)",
                    {foreign_keys_off()}, Placement::BeforeTransaction));
      plan.steps.push_back(
          make_step("CheckForeignKeysOff (stop before any DROP TABLE unless "
                    "PRAGMA foreign_keys=OFF took effect)",
                    foreign_keys_off_guard()));
    }
    for (auto& phase : phases_) {
      for (Step& step : phase) {
        plan.steps.push_back(std::move(step));
      }
    }
    if (framed) {
      plan.steps.push_back(make_step("ForeignKeyCheck (roll the transaction back on any violation)",
                                     foreign_key_check()));
      plan.steps.push_back(
          make_step("ForeignKeysOn", {foreign_keys_on()}, Placement::AfterTransaction));
    }
    return plan;
  }

 private:
  // Renames, created and dropped tables, column renames: what the other decisions look up.
  void collect_names() {
    for (const ir::Change& change : in_.changes) {
      std::visit(
          Overloaded{
              [&](const ir::RenameTable& c) {
                to_of_from_[c.from.name] = c.to;
                from_of_to_[c.to] = c.from.name;
              },
              [&](const ir::CreateTable& c) { created_.insert(c.table.name); },
              [&](const ir::DropTable& c) { dropped_.insert(c.table.name); },
              [&](const ir::RenameColumn& c) { column_renames_[c.table.name][c.to] = c.from; },
              [](const auto&) {},
          },
          change.kind);
    }
  }

  // The TO name of a table a change names by its FROM name (DropIndex, DropForeignKey).
  Name to_name_of_from(const Name& from_name) const {
    const auto found = to_of_from_.find(from_name);
    return found != to_of_from_.end() ? found->second : from_name;
  }

  Name from_name_of_to(const Name& to_name) const {
    const auto found = from_of_to_.find(to_name);
    return found != from_of_to_.end() ? found->second : to_name;
  }

  const std::string* backfill(const Name& table, const std::string& column) const {
    for (const Backfill& b : in_.backfills) {
      if (b.table.name == table && b.column == column) {
        return &b.expression;
      }
    }
    return nullptr;
  }

  // ALTER TABLE ADD COLUMN refuses a PRIMARY KEY or UNIQUE column, a CURRENT_TIMESTAMP or
  // expression default, and NOT NULL without a default (sqlite.org/lang_altertable.html, "ADD
  // COLUMN"); unique constraints are separate CREATE UNIQUE INDEX steps here, as in Prisma. A
  // backfill asks for a value other than the default for existing rows: only a rebuild can.
  bool add_column_can_alter(const ir::AddColumn& c) const {
    const ir::Table* table = in_.to.find_table(c.table.name);
    const bool in_primary_key =
        table != nullptr && table->primary_key &&
        std::any_of(table->primary_key->columns.begin(), table->primary_key->columns.end(),
                    [&](const ir::IndexColumn& k) { return k.name == c.column.name; });
    return !in_primary_key && !c.column.autoincrement && default_is_constant(c.column) &&
           (c.column.nullable || default_text(c.column)) &&
           backfill(c.table.name, c.column.name) == nullptr;
  }

  // A renamed column whose new name is still taken in FROM (a swap, or a rename onto a dropped
  // column) cannot be renamed in place one column at a time.
  bool rename_column_can_alter(const ir::RenameColumn& c) const {
    const ir::Table* from = in_.from.find_table(from_name_of_to(c.table.name));
    return from == nullptr || from->find_column(c.to) == nullptr;
  }

  void choose_rebuilds() {
    for (const ir::Change& change : in_.changes) {
      std::visit(Overloaded{
                     [&](const ir::AlterColumn& c) { rebuilds_.insert(c.table.name); },
                     [&](const ir::ChangePrimaryKey& c) { rebuilds_.insert(c.table.name); },
                     [&](const ir::DropColumn& c) { rebuilds_.insert(c.table.name); },
                     [&](const ir::AddColumn& c) {
                       if (!add_column_can_alter(c)) {
                         rebuilds_.insert(c.table.name);
                       }
                     },
                     [&](const ir::RenameColumn& c) {
                       if (!rename_column_can_alter(c)) {
                         rebuilds_.insert(c.table.name);
                       }
                     },
                     [&](const ir::AddForeignKey& c) {
                       if (created_.count(c.table.name) == 0) {
                         rebuilds_.insert(c.table.name);
                       }
                     },
                     [&](const ir::DropForeignKey& c) {
                       if (dropped_.count(c.table.name) == 0) {
                         rebuilds_.insert(to_name_of_from(c.table.name));
                       }
                     },
                     [](const auto&) {},
                 },
                 change.kind);
    }
  }

  void add_step(Phase phase, std::string comment, std::vector<std::string> statements,
                std::size_t change) {
    Step step = make_step(std::move(comment), std::move(statements));
    step.changes.push_back(change);
    phases_[phase].push_back(std::move(step));
  }

  // Steps whose statements other changes share record those changes here.
  void attach(std::map<Name, std::vector<std::size_t>>& owners, const Name& table,
              std::size_t change) {
    owners[table].push_back(change);
  }

  // One change: its own step, or a place in the step of its table's rebuild, creation or drop.
  void place(std::size_t i) {
    const ir::Change& change = in_.changes[i];
    std::visit(
        Overloaded{
            [&](const ir::DropIndex& c) {
              const Name table = to_name_of_from(c.table.name);
              if (dropped_.count(c.table.name) != 0) {
                attach(drop_changes_, c.table.name, i);
              } else if (rebuilds_.count(table) != 0) {
                attach(rebuild_changes_, table, i);
              } else {
                add_step(kDropIndex, "DropIndex " + q(c.index.name),
                         {render_drop_index(c.index.name)}, i);
              }
            },
            [&](const ir::DropForeignKey& c) {
              if (dropped_.count(c.table.name) != 0) {
                attach(drop_changes_, c.table.name, i);
              } else {
                attach(rebuild_changes_, to_name_of_from(c.table.name), i);
              }
            },
            [&](const ir::DropTable& c) {
              Step step =
                  make_step("DropTable " + q(c.table.name), {"DROP TABLE " + q(c.table.name)});
              step.destructive = true;
              step.destructive_note = "drops table " + q(c.table.name) + " and all its rows";
              step.changes.push_back(i);
              drop_steps_[c.table.name] = phases_[kDropTable].size();
              phases_[kDropTable].push_back(std::move(step));
            },
            [&](const ir::RenameTable& c) {
              add_step(kRenameTable, "RenameTable " + q(c.from.name) + " to " + q(c.to),
                       {"ALTER TABLE " + q(c.from.name) + " RENAME TO " + q(c.to)}, i);
            },
            [&](const ir::RenameColumn& c) {
              if (rebuilds_.count(c.table.name) != 0) {
                attach(rebuild_changes_, c.table.name, i);
                return;
              }
              add_step(kRenameColumn,
                       "RenameColumn " + q(c.table.name) + "." + q(c.from) + " to " + q(c.to),
                       {"ALTER TABLE " + q(c.table.name) + " RENAME COLUMN " + q(c.from) + " TO " +
                        q(c.to)},
                       i);
            },
            [&](const ir::AddColumn& c) {
              if (rebuilds_.count(c.table.name) != 0) {
                attach(rebuild_changes_, c.table.name, i);
                return;
              }
              add_step(kAddColumn,
                       "AlterTable " + q(c.table.name) + " add column " + q(c.column.name),
                       {"ALTER TABLE " + q(c.table.name) + " ADD COLUMN " +
                        render_column(c.column, false)},
                       i);
            },
            [&](const ir::AlterColumn& c) { attach(rebuild_changes_, c.table.name, i); },
            [&](const ir::ChangePrimaryKey& c) { attach(rebuild_changes_, c.table.name, i); },
            [&](const ir::DropColumn& c) { attach(rebuild_changes_, c.table.name, i); },
            [&](const ir::CreateTable& c) {
              create_steps_[c.table.name] = phases_[kCreateTable].size();
              add_step(kCreateTable, "CreateTable " + q(c.table.name),
                       {render_create_table(c.table, c.table.name)}, i);
            },
            [&](const ir::CreateIndex& c) {
              if (rebuilds_.count(c.table.name) != 0) {
                attach(rebuild_changes_, c.table.name, i);
                return;
              }
              add_step(kCreateIndex, "CreateIndex " + q(c.index.name),
                       render_create_index(c.table.name, c.index), i);
            },
            [&](const ir::RenameIndex& c) {
              if (rebuilds_.count(c.table.name) != 0) {
                attach(rebuild_changes_, c.table.name, i);
                return;
              }
              place_rename_index(c, i);
            },
            [&](const ir::AddForeignKey& c) {
              // A created table has its foreign keys inline, as in Prisma's CREATE TABLE.
              if (created_.count(c.table.name) != 0) {
                const auto step = create_steps_.find(c.table.name);
                if (step != create_steps_.end()) {
                  phases_[kCreateTable][step->second].changes.push_back(i);
                  return;
                }
              }
              attach(rebuild_changes_, c.table.name, i);
            },
            // SQLite has no enum types (enums are TEXT columns), schemas or extensions: such
            // changes have nothing to do here.
            [](const ir::CreateEnum&) {},
            [](const ir::AlterEnum&) {},
            [](const ir::DropEnum&) {},
            [](const ir::CreateNamespace&) {},
            [](const ir::CreateExtension&) {},
        },
        change.kind);
  }

  // SQLite has no ALTER INDEX … RENAME: drop and create under the new name, as Prisma does.
  void place_rename_index(const ir::RenameIndex& c, std::size_t i) {
    const ir::Table* table = in_.to.find_table(c.table.name);
    const ir::Index* index = table != nullptr ? table->find_index(c.to) : nullptr;
    std::vector<std::string> statements{render_drop_index(c.from)};
    if (index != nullptr) {
      for (std::string& s : render_create_index(c.table.name, *index)) {
        statements.push_back(std::move(s));
      }
    } else {
      missing_.push_back("index " + q(c.to) + " is not in table " + q(c.table.name) + " of TO");
    }
    add_step(kRenameIndex, "RenameIndex " + q(c.from) + " to " + q(c.to), std::move(statements), i);
  }

  // Gives dropped tables their changes and makes one rebuild step per table, in TO's table
  // order; returns a one-line error, or "".
  std::string finish() {
    for (const auto& [table, changes] : drop_changes_) {
      const auto step = drop_steps_.find(table);
      if (step != drop_steps_.end()) {
        auto& owned = phases_[kDropTable][step->second].changes;
        owned.insert(owned.end(), changes.begin(), changes.end());
        std::sort(owned.begin(), owned.end());
      }
    }
    if (!missing_.empty()) {
      return "cannot plan the SQLite migration: " + missing_.front();
    }
    for (const ir::Table& to : in_.to.tables) {
      if (rebuilds_.count(to.name) == 0) {
        continue;
      }
      const Name from_name = from_name_of_to(to.name);
      const ir::Table* from = in_.from.find_table(from_name);
      if (from == nullptr) {
        return "cannot plan the SQLite migration: table " + q(to.name) +
               " is changed but is not in FROM";
      }
      Rebuild rebuild{*from, to, to.name, column_renames_[to.name], {}};
      for (const Backfill& b : in_.backfills) {
        if (b.table.name == to.name) {
          rebuild.backfills[b.column] = b.expression;
        }
      }
      RenderedRebuild rendered = render_rebuild(rebuild);
      Step step = make_step("RedefineTable " + q(to.name) + " (foreign keys off, rows copied)",
                            std::move(rendered.statements));
      step.changes = rebuild_changes_[to.name];
      std::sort(step.changes.begin(), step.changes.end());
      if (!rendered.losses.empty()) {
        step.destructive = true;
        for (const std::string& loss : rendered.losses) {
          step.destructive_note += (step.destructive_note.empty() ? "" : "; ") + loss;
        }
      }
      phases_[kRebuild].push_back(std::move(step));
      rebuilt_.push_back({to.schema_name, to.name});
      for (std::string& w : rendered.warnings) {
        warnings_.push_back(std::move(w));
      }
      warn_about_references(to);
    }
    for (const Name& table : rebuilds_) {
      if (in_.to.find_table(table) == nullptr) {
        return "cannot plan the SQLite migration: table " + q(table) +
               " is changed but is not in TO";
      }
    }
    return "";
  }

  void warn_about_references(const ir::Table& rebuilt) {
    std::size_t referencing = 0;
    for (const ir::Table& other : in_.to.tables) {
      if (other.name == rebuilt.name) {
        continue;
      }
      if (std::any_of(
              other.foreign_keys.begin(), other.foreign_keys.end(),
              [&](const ir::ForeignKey& fk) { return fk.referenced_table == rebuilt.name; })) {
        ++referencing;
      }
    }
    if (referencing > 0) {
      warnings_.push_back("table " + q(rebuilt.name) +
                          " is rebuilt: " + std::to_string(referencing) +
                          (referencing == 1 ? " table references it" : " tables reference it") +
                          " (foreign keys are off during the rebuild and checked before COMMIT)");
    }
  }

  const PlanInput& in_;
  std::map<Name, Name> to_of_from_;  // RenameTable: FROM name → TO name
  std::map<Name, Name> from_of_to_;  // and back
  std::set<Name> created_;           // TO names
  std::set<Name> dropped_;           // FROM names
  std::set<Name> rebuilds_;          // TO names
  std::map<Name, std::map<std::string, std::string>> column_renames_;  // TO table → TO col → FROM
  std::map<Name, std::vector<std::size_t>> rebuild_changes_;           // TO table → its changes
  std::map<Name, std::vector<std::size_t>> drop_changes_;              // FROM table → its changes
  std::map<Name, std::size_t> create_steps_;  // TO table → kCreateTable step
  std::map<Name, std::size_t> drop_steps_;    // FROM table → kDropTable step
  std::vector<std::string> missing_;
  std::vector<std::string> warnings_;
  std::vector<ir::TableRef> rebuilt_;  // in TO's table order
  std::vector<Step> phases_[kPhaseCount];
};

}  // namespace

Result<Plan> plan(const PlanInput& input) {
  return Planner(input).run();
}

}  // namespace schemac::backends::sqlite
