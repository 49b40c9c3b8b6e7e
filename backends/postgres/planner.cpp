// PostgreSQL's planner: where each change goes, which table changes share one ALTER TABLE, and
// which are staged (see planner.hpp).
#include "backends/postgres/planner.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <variant>

#include "backends/postgres/dependent_keys.hpp"
#include "backends/postgres/planner_columns.hpp"
#include "backends/postgres/quote.hpp"
#include "backends/postgres/render_alter.hpp"
#include "backends/postgres/render_enum.hpp"
#include "backends/postgres/render_extension.hpp"
#include "backends/postgres/render_foreign_key.hpp"
#include "backends/postgres/render_index.hpp"
#include "backends/postgres/render_namespace.hpp"
#include "backends/postgres/render_table.hpp"
#include "backends/postgres/rename_order.hpp"
#include "backends/postgres/types.hpp"
#include "support/overloaded.hpp"

namespace schemac::backends::postgres {

namespace {

// Prisma's step order (sql_migration.rs, SqlMigrationStep), which the differ's change order
// follows; the oracle's scripts show it (AlterEnum before DropForeignKey, AlterTable before
// DropTable before CreateTable, RenameIndex after CreateIndex).
enum Phase {
  kCreateNamespace,
  kCreateExtension,
  kCreateEnum,
  kAlterEnum,
  kDropForeignKey,
  kDropIndex,
  kRenameTable,
  kRenameColumn,
  kAlterTable,
  kDropTable,
  kCreateTable,
  kCreateIndex,
  kRenameIndex,
  kAddForeignKey,
  kDropEnum,
  kPhaseCount
};

// Tables by (namespace, name).
using Key = std::pair<std::string, std::string>;

Key key_of(const ir::TableRef& t) {
  return {t.schema_name, t.name};
}

std::string q(std::string_view name) {
  return quote_identifier(name);
}

// The changes of one table that Prisma renders as one AlterTable step, by clause kind in
// Prisma's order (render_alter_table; the oracle sorts added and dropped columns by name and
// keeps altered ones in declaration order).
struct TableAlter {
  ir::TableRef table;
  std::vector<std::string> drop_primary_key;
  std::vector<std::pair<std::string, std::string>> drop_columns;  // (name, clause)
  std::vector<std::pair<std::string, std::string>> add_columns;   // (name, clause)
  std::vector<std::string> alter_columns;
  std::vector<std::string> add_primary_key;
  std::vector<std::string> before;  // statements before the ALTER TABLE (CREATE SEQUENCE)
  std::vector<std::string> after;   // and after it (ALTER SEQUENCE … OWNED BY)
  std::vector<std::size_t> changes;
  std::vector<std::string> losses;
  std::vector<Step> staged;  // backfills, SET NOT NULL, renamed constraints: after the ALTER
};

class Planner {
 public:
  explicit Planner(const PlanInput& input) : in_(input) {}

  Result<Plan> run() {
    collect();
    for (std::size_t i = 0; i < in_.changes.size(); ++i) {
      place(i);
    }
    emit_alter_tables();
    // Prisma creates extensions in name order, not in the order `extensions = [...]` lists
    // them (oracle: cases/postgres_relations lists pg_trgm, citext, postgis; the script creates
    // citext, pg_trgm, postgis).
    std::stable_sort(phases_[kCreateExtension].begin(), phases_[kCreateExtension].end(),
                     [](const Step& a, const Step& b) { return a.comment < b.comment; });
    Plan plan;
    if (in_.online && !in_.changes.empty()) {
      // A DDL statement waiting for a lock blocks every query queued behind it; fail fast
      // instead, and retry later. SET outside a transaction applies to the script's session.
      plan.steps.push_back(
          make_step("SetLockTimeout (fail instead of queueing behind long "
                    "transactions; retry the migration later)",
                    {"SET lock_timeout = '5s'"}, {}, Placement::BeforeTransaction));
    }
    for (Step& step : phases_before_) {
      plan.steps.push_back(std::move(step));
    }
    for (auto& phase : phases_) {
      for (Step& step : phase) {
        plan.steps.push_back(std::move(step));
      }
    }
    for (Step& step : after_transaction_) {
      plan.steps.push_back(std::move(step));
    }
    plan.warnings = std::move(warnings_);
    return plan;
  }

 private:
  // Names and pairs that decisions look up: renames, created tables, the unique indexes that
  // foreign keys of this plan need, and Prisma 6's join-table upgrades.
  void collect() {
    for (std::size_t i = 0; i < in_.changes.size(); ++i) {
      const ir::Change& change = in_.changes[i];
      std::visit(Overloaded{
                     [&](const ir::RenameTable& c) { to_of_from_[key_of(c.from)] = c.to; },
                     [&](const ir::RenameColumn& c) {
                       column_from_of_to_[{key_of(c.table), c.to}] = c.from;
                       column_renames_[key_of(c.table)].push_back({c.from, c.to, i});
                     },
                     [&](const ir::CreateTable& c) {
                       created_.insert({c.table.schema_name, c.table.name});
                     },
                     [&](const ir::DropForeignKey& c) {
                       dropped_keys_.insert({key_of(c.table), c.foreign_key.name});
                     },
                     [&](const ir::AddForeignKey& c) {
                       referenced_.insert(
                           {{c.foreign_key.referenced_schema, c.foreign_key.referenced_table},
                            c.foreign_key.referenced_columns});
                     },
                     [](const auto&) {},
                 },
                 change.kind);
    }
    find_primary_keys_from_unique_indexes();
    find_dependent_foreign_keys();
  }

  // Foreign keys kept across a unique index the plan drops and rebuilds: dropped before it,
  // added back after (dependent_keys.hpp); their referenced index then counts as referenced.
  void find_dependent_foreign_keys() {
    std::optional<ForeignKeysByTarget> from_keys;  // built at the first dropped index
    for (std::size_t i = 0; i < in_.changes.size(); ++i) {
      const auto* drop = std::get_if<ir::DropIndex>(&in_.changes[i].kind);
      if (drop == nullptr || used_indexes_.count(i) != 0) {
        continue;
      }
      if (!from_keys) {
        from_keys.emplace(in_.from);
      }
      auto keys = foreign_keys_needing(*from_keys, in_.to, drop->table, drop->index,
                                       dropped_keys_,
                                       [&](const ir::TableRef& t) { return to_name(t); });
      for (const DependentForeignKey& k : keys) {
        referenced_.insert({{k.foreign_key.referenced_schema, k.foreign_key.referenced_table},
                            k.foreign_key.referenced_columns});
      }
      if (!keys.empty()) {
        dependent_keys_[i] = std::move(keys);
      }
    }
  }

  // Prisma 6 turned the implicit many-to-many join table's unique index `_AB_AB_unique` into
  // the primary key `_AB_AB_pkey`; the differ reports it as DropIndex + ChangePrimaryKey (no
  // primary key before). A unique, plain btree index over exactly the new key's columns becomes
  // the key itself (PRIMARY KEY USING INDEX): no second index is built and the table is not
  // scanned twice.
  void find_primary_keys_from_unique_indexes() {
    for (std::size_t i = 0; i < in_.changes.size(); ++i) {
      const auto* pk = std::get_if<ir::ChangePrimaryKey>(&in_.changes[i].kind);
      if (pk == nullptr || pk->before || !pk->after) {
        continue;
      }
      for (std::size_t j = 0; j < in_.changes.size(); ++j) {
        const auto* drop = std::get_if<ir::DropIndex>(&in_.changes[j].kind);
        if (drop == nullptr || to_name(drop->table) != key_of(pk->table) ||
            drop->index.kind != ir::IndexKind::Unique ||
            drop->index.algorithm != ir::IndexAlgorithm::BTree || !drop->index.where.empty()) {
          continue;
        }
        std::vector<ir::IndexColumn> columns = drop->index.columns;
        for (ir::IndexColumn& c : columns) {
          c.name = to_column_name(key_of(pk->table), c.name);
        }
        if (columns == pk->after->columns && used_indexes_.count(j) == 0) {
          pk_from_index_[i] = j;
          used_indexes_.insert(j);
          break;
        }
      }
    }
  }

  // TO's name of a table named by its FROM name (DropIndex, DropForeignKey).
  Key to_name(const ir::TableRef& from) const {
    const auto found = to_of_from_.find(key_of(from));
    return {from.schema_name, found != to_of_from_.end() ? found->second : from.name};
  }

  // TO's name of a column of TO's table `table` named by its FROM name.
  std::string to_column_name(const Key& table, const std::string& from_column) const {
    for (const auto& [to, from] : column_from_of_to_) {
      if (to.first == table && from == from_column) {
        return to.second;
      }
    }
    return from_column;
  }

  std::string from_column_name(const Key& table, const std::string& to_column) const {
    const auto found = column_from_of_to_.find({table, to_column});
    return found != column_from_of_to_.end() ? found->second : to_column;
  }

  const std::string* backfill(const ir::TableRef& table, const std::string& column) const {
    for (const Backfill& b : in_.backfills) {
      if (key_of(b.table) == key_of(table) && b.column == column) {
        return &b.expression;
      }
    }
    return nullptr;
  }

  // All column renames of `table` at its first one, in an order that never renames onto a name
  // still in use (swaps go through a temporary name: rename_order.hpp).
  void place_column_renames(const ir::TableRef& table) {
    const Key key = key_of(table);
    const auto renames = column_renames_.find(key);
    if (renames == column_renames_.end() || !renames_placed_.insert(key).second) {
      return;
    }
    std::vector<std::string> taken;  // the table's columns, FROM's and TO's
    const auto take = [&](const ir::Table& t) {
      for (const ir::Column& column : t.columns) {
        taken.push_back(column.name);
      }
    };
    for (const ir::Table& t : in_.from.tables) {
      if (to_name({t.schema_name, t.name}) == key) {
        take(t);
      }
    }
    if (const ir::Table* t = in_.to.find_table(table.name, table.schema_name)) {
      take(*t);
    }
    for (const ColumnRenameStep& r : order_column_renames(renames->second, taken)) {
      add_step(kRenameColumn,
               "RenameColumn " + q(table.name) + "." + q(r.from) + " to " + q(r.to),
               {render_rename_column(table, r.from, r.to)}, r.change);
    }
  }

  bool is_created(const ir::TableRef& table) const { return created_.count(key_of(table)) != 0; }

  TableAlter& alter_of(const ir::TableRef& table, std::size_t change) {
    TableAlter& a = alters_[key_of(table)];
    a.table = table;
    a.changes.push_back(change);
    return a;
  }

  void add_step(Phase phase, std::string comment, std::vector<std::string> statements,
                std::size_t change) {
    phases_[phase].push_back(make_step(std::move(comment), std::move(statements), {change}));
  }

  void place(std::size_t i) {
    std::visit(
        Overloaded{
            [&](const ir::CreateNamespace& c) {
              add_step(kCreateNamespace, "CreateSchema " + q(c.name),
                       {render_create_namespace(c.name)}, i);
            },
            [&](const ir::CreateExtension& c) {
              add_step(kCreateExtension, "CreateExtension " + q(c.extension.name),
                       {render_create_extension(c.extension)}, i);
            },
            [&](const ir::CreateEnum& c) {
              add_step(kCreateEnum, "CreateEnum " + q(c.enum_type.name),
                       {render_create_enum(c.enum_type)}, i);
            },
            [&](const ir::AlterEnum& c) { place_alter_enum(c, i); },
            [&](const ir::DropForeignKey& c) {
              add_step(kDropForeignKey, "DropForeignKey " + q(c.foreign_key.name),
                       {render_drop_constraint(c.table, c.foreign_key.name)}, i);
            },
            [&](const ir::DropIndex& c) {
              if (used_indexes_.count(i) != 0) {
                return;  // becomes the primary key: placed with its ChangePrimaryKey
              }
              add_step(kDropIndex, "DropIndex " + q(c.index.name),
                       {render_drop_index(c.table.schema_name, c.index.name)}, i);
              place_dependent_foreign_keys(c, i);
            },
            [&](const ir::RenameTable& c) {
              add_step(kRenameTable, "RenameTable " + q(c.from.name) + " to " + q(c.to),
                       {render_rename_table(c.from.schema_name, c.from.name, c.to)}, i);
            },
            [&](const ir::RenameColumn& c) { place_column_renames(c.table); },
            [&](const ir::AddColumn& c) { place_add_column(c, i); },
            [&](const ir::AlterColumn& c) { place_alter_column(c, i); },
            [&](const ir::ChangePrimaryKey& c) { place_primary_key(c, i); },
            [&](const ir::DropColumn& c) {
              TableAlter& a = alter_of(c.table, i);
              a.drop_columns.emplace_back(c.column.name, clause_drop_column(c.column.name));
              a.losses.push_back("drops column " + q(c.table.name) + "." + q(c.column.name) +
                                 " and its data");
            },
            [&](const ir::DropTable& c) {
              Step step =
                  make_step("DropTable " + q(c.table.name), {render_drop_table(c.table)}, {i});
              step.destructive = true;
              step.destructive_note = "drops table " + q(c.table.name) + " and all its rows";
              phases_[kDropTable].push_back(std::move(step));
            },
            [&](const ir::CreateTable& c) {
              add_step(kCreateTable, "CreateTable " + q(c.table.name),
                       {render_create_table(c.table)}, i);
            },
            [&](const ir::CreateIndex& c) { place_create_index(c, i); },
            [&](const ir::RenameIndex& c) {
              add_step(kRenameIndex, "RenameIndex " + q(c.from) + " to " + q(c.to),
                       {render_rename_index(c.table.schema_name, c.from, c.to)}, i);
            },
            [&](const ir::AddForeignKey& c) { place_add_foreign_key(c, i); },
            [&](const ir::DropEnum& c) {
              add_step(kDropEnum, "DropEnum " + q(c.enum_type.name),
                       {render_drop_enum(c.enum_type)}, i);
            },
        },
        in_.changes[i].kind);
  }

  void place_alter_enum(const ir::AlterEnum& c, std::size_t i) {
    if (c.removed.empty()) {
      // PostgreSQL refuses to use a value added in the same transaction ("unsafe use of new
      // value": as a default, in a backfill, in a row), so Prisma's script fails when the
      // migration also uses the value. Added before the transaction, each value commits on its
      // own; IF NOT EXISTS lets the script run again after a failure. An unused extra value is
      // harmless.
      phases_before_.push_back(make_step("AlterEnum " + q(c.before.name) +
                                             " (add values, before the transaction: a value "
                                             "added in a transaction cannot be used in it)",
                                         render_add_enum_values(c, true), {i},
                                         Placement::BeforeTransaction));
      return;
    }
    // Every FROM column of the type is converted, named as in FROM: the step runs before any
    // rename, and a column that is dropped or changes type later still holds the old type now.
    std::vector<EnumColumn> columns;
    for (const ir::Table& table : in_.from.tables) {
      for (const ir::Column& column : table.columns) {
        if (column.type.family != ir::TypeFamily::Enum || column.type.native != c.before.name ||
            column.type.enum_schema != c.before.schema_name) {
          continue;
        }
        EnumColumn e{{table.schema_name, table.name},
                     column.name,
                     column.type.is_array,
                     column.default_value.has_value(),
                     std::nullopt};
        e.restored_default = restored_default(table, column, c);
        columns.push_back(std::move(e));
      }
    }
    add_step(kAlterEnum,
             "AlterEnum " + q(c.before.name) + " (values removed: the type is recreated)",
             render_recreate_enum(c, columns), i);
  }

  // TO's default of a FROM column of a recreated enum, when the column keeps the type.
  std::optional<std::string> restored_default(const ir::Table& from_table,
                                              const ir::Column& from_column,
                                              const ir::AlterEnum& c) const {
    const Key table = to_name({from_table.schema_name, from_table.name});
    const ir::Table* to_table = in_.to.find_table(table.second, table.first);
    if (to_table == nullptr) {
      return std::nullopt;
    }
    const ir::Column* to_column = to_table->find_column(to_column_name(table, from_column.name));
    if (to_column == nullptr || to_column->type.family != ir::TypeFamily::Enum ||
        to_column->type.native != c.after.name) {
      return std::nullopt;
    }
    return default_text(*to_column);
  }

  void place_add_column(const ir::AddColumn& c, std::size_t i) {
    merge(alter_of(c.table, i), plan_add_column(c, backfill(c.table, c.column.name), i));
  }

  void place_alter_column(const ir::AlterColumn& c, std::size_t i) {
    merge(alter_of(c.table, i),
          plan_alter_column(c, backfill(c.table, c.after.name), in_.online, i));
  }

  void merge(TableAlter& a, ColumnSteps steps) {
    for (auto& added : steps.add_columns) {
      a.add_columns.push_back(std::move(added));
    }
    for (const auto& to_from :
         {std::pair{&a.alter_columns, &steps.alter_clauses}, std::pair{&a.before, &steps.before},
          std::pair{&a.after, &steps.after}, std::pair{&a.losses, &steps.losses}}) {
      to_from.first->insert(to_from.first->end(), to_from.second->begin(), to_from.second->end());
    }
    for (Step& step : steps.staged) {
      a.staged.push_back(std::move(step));
    }
    for (Step& step : steps.after_transaction) {
      after_transaction_.push_back(std::move(step));
    }
  }

  void place_primary_key(const ir::ChangePrimaryKey& c, std::size_t i) {
    TableAlter& a = alter_of(c.table, i);
    if (const auto found = pk_from_index_.find(i); found != pk_from_index_.end()) {
      const auto& drop = std::get<ir::DropIndex>(in_.changes[found->second].kind);
      a.changes.push_back(found->second);
      a.staged.push_back(
          make_step("AddPrimaryKey " + q(c.after->name) + " (from the unique index " +
                        q(drop.index.name) + ", Prisma 6's implicit many-to-many key)",
                    {render_primary_key_using_index(c.table, c.after->name, drop.index.name)},
                    {found->second, i}));
      return;
    }
    if (c.before && c.after && c.before->columns == c.after->columns) {
      a.staged.push_back(
          make_step("RenamePrimaryKey " + q(c.before->name) + " to " + q(c.after->name),
                    {render_rename_constraint(c.table, c.before->name, c.after->name)}, {i}));
      return;
    }
    if (c.before) {
      a.drop_primary_key.push_back(clause_drop_constraint(c.before->name));
    }
    if (c.after) {
      a.add_primary_key.push_back(clause_add_primary_key(*c.after));
    }
  }

  // An index that an AddForeignKey of this plan references must exist when the transaction
  // adds the foreign key: it is never deferred to after the transaction.
  bool is_referenced(const ir::TableRef& table, const ir::Index& index) const {
    if (index.kind != ir::IndexKind::Unique) {
      return false;
    }
    std::vector<std::string> columns;
    for (const ir::IndexColumn& c : index.columns) {
      columns.push_back(c.name);
    }
    return referenced_.count({key_of(table), columns}) != 0;
  }

  void place_create_index(const ir::CreateIndex& c, std::size_t i) {
    if (!in_.online || is_created(c.table) || is_referenced(c.table, c.index)) {
      add_step(kCreateIndex, "CreateIndex " + q(c.index.name),
               {render_create_index(c.table, c.index)}, i);
      return;
    }
    after_transaction_.push_back(make_step(
        "CreateIndex " + q(c.index.name) +
            " CONCURRENTLY (outside the transaction; if it fails, drop the INVALID index it "
            "leaves before retrying)",
        {render_create_index(c.table, c.index, true)}, {i}, Placement::AfterTransaction));
  }

  void place_dependent_foreign_keys(const ir::DropIndex& c, std::size_t i) {
    const auto found = dependent_keys_.find(i);
    if (found == dependent_keys_.end()) {
      return;
    }
    for (const DependentForeignKey& k : found->second) {
      add_step(kDropForeignKey,
               "DropForeignKey " + q(k.foreign_key.name) + " (it needs index " + q(c.index.name) +
                   ", which is rebuilt; added back after it)",
               {render_drop_constraint(k.from_table, k.foreign_key.name)}, i);
      place_add_foreign_key(ir::AddForeignKey{k.to_table, k.foreign_key}, i);
    }
  }

  void place_add_foreign_key(const ir::AddForeignKey& c, std::size_t i) {
    if (!in_.online || is_created(c.table)) {
      add_step(kAddForeignKey, "AddForeignKey " + q(c.foreign_key.name),
               {render_add_foreign_key(c.table, c.foreign_key)}, i);
      return;
    }
    add_step(kAddForeignKey,
             "AddForeignKey " + q(c.foreign_key.name) +
                 " NOT VALID (validated after the "
                 "transaction)",
             {render_add_foreign_key(c.table, c.foreign_key, true)}, i);
    after_transaction_.push_back(make_step(
        "ValidateForeignKey " + q(c.foreign_key.name) +
            " (SHARE UPDATE EXCLUSIVE: reads and writes go on while existing rows are checked)",
        {render_validate_constraint(c.table, c.foreign_key.name)}, {i},
        Placement::AfterTransaction));
  }

  // One AlterTable step per table, in TO's table order (tables missing from TO last, by name),
  // each followed by its staged steps.
  void emit_alter_tables() {
    std::vector<Key> order;
    for (const ir::Table& t : in_.to.tables) {
      if (alters_.count({t.schema_name, t.name}) != 0) {
        order.push_back({t.schema_name, t.name});
      }
    }
    for (const auto& [k, a] : alters_) {
      if (std::find(order.begin(), order.end(), k) == order.end()) {
        order.push_back(k);
      }
    }
    for (const Key& k : order) {
      TableAlter& a = alters_[k];
      std::sort(a.drop_columns.begin(), a.drop_columns.end());
      std::sort(a.add_columns.begin(), a.add_columns.end());
      std::vector<std::string> clauses = a.drop_primary_key;
      for (const auto& [name, clause] : a.drop_columns) {
        clauses.push_back(clause);
      }
      for (const auto& [name, clause] : a.add_columns) {
        clauses.push_back(clause);
      }
      clauses.insert(clauses.end(), a.alter_columns.begin(), a.alter_columns.end());
      clauses.insert(clauses.end(), a.add_primary_key.begin(), a.add_primary_key.end());
      if (!clauses.empty()) {
        std::vector<std::string> statements = a.before;
        statements.push_back(render_alter_table(a.table, clauses));
        statements.insert(statements.end(), a.after.begin(), a.after.end());
        std::vector<std::size_t> changes = a.changes;
        std::sort(changes.begin(), changes.end());
        changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
        Step step =
            make_step("AlterTable " + q(a.table.name), std::move(statements), std::move(changes));
        if (!a.losses.empty()) {
          step.destructive = true;
          for (const std::string& loss : a.losses) {
            step.destructive_note += (step.destructive_note.empty() ? "" : "; ") + loss;
          }
        }
        phases_[kAlterTable].push_back(std::move(step));
      }
      for (Step& s : a.staged) {
        phases_[kAlterTable].push_back(std::move(s));
      }
    }
  }

  const PlanInput& in_;
  std::map<Key, std::string> to_of_from_;  // RenameTable: FROM (namespace, name) → TO name
  std::map<std::pair<Key, std::string>, std::string> column_from_of_to_;  // (TO table, TO col)
  std::set<Key> created_;
  std::map<Key, std::vector<ColumnRenameStep>> column_renames_;  // by TO table, change order
  std::set<Key> renames_placed_;
  std::set<std::pair<Key, std::vector<std::string>>> referenced_;  // FK targets of this plan
  std::map<std::size_t, std::size_t> pk_from_index_;  // ChangePrimaryKey → its DropIndex
  std::set<std::size_t> used_indexes_;                // those DropIndex changes
  std::set<std::pair<Key, std::string>> dropped_keys_;  // DropForeignKey: (FROM table, name)
  std::map<std::size_t, std::vector<DependentForeignKey>> dependent_keys_;  // by DropIndex
  std::map<Key, TableAlter> alters_;
  std::vector<Step> phases_before_;  // BeforeTransaction steps, after SET lock_timeout
  std::vector<Step> after_transaction_;
  std::vector<std::string> warnings_;
  std::vector<Step> phases_[kPhaseCount];
};

}  // namespace

Result<Plan> plan(const PlanInput& input) {
  return Planner(input).run();
}

}  // namespace schemac::backends::postgres
