// Facts about a migration that rules need beyond one change (lint/rules/plan_facts.hpp).
#include "lint/rules/plan_facts.hpp"

#include <algorithm>

namespace schemac::lint {

namespace {

std::string key(std::string_view schema_name, std::string_view name) {
  std::string k(schema_name);
  k.push_back('\0');
  k.append(name);
  return k;
}

bool is_rebuilt(const RiskContext& context, const ir::TableRef& table) {
  return std::find(context.rebuilt_tables.begin(), context.rebuilt_tables.end(), table) !=
         context.rebuilt_tables.end();
}

// The tables of `schema` other than `table` itself with a foreign key to it. A self-reference
// is left out: its rows are copied along with the table, no other table loses rows.
std::vector<std::string> referencing_tables(const ir::Schema& schema, const ir::TableRef& table) {
  std::vector<std::string> names;
  for (const ir::Table& t : schema.tables) {
    if (t.schema_name == table.schema_name && t.name == table.name) {
      continue;
    }
    const bool references =
        std::any_of(t.foreign_keys.begin(), t.foreign_keys.end(), [&](const ir::ForeignKey& fk) {
          return fk.referenced_schema == table.schema_name && fk.referenced_table == table.name;
        });
    if (references) {
      names.push_back(t.name);
    }
  }
  return names;
}

}  // namespace

PlanFacts::PlanFacts(const RiskContext& context) : context_(context) {}

PlanFacts::PlanFacts(const RiskContext& context, const std::vector<ir::Change>& changes)
    : context_(context), from_list_(true) {
  for (const ir::Change& change : changes) {
    if (const auto* c = std::get_if<ir::CreateTable>(&change.kind)) {
      created_.insert(key(c->table.schema_name, c->table.name));
    } else if (const auto* d = std::get_if<ir::DropTable>(&change.kind)) {
      dropped_.insert(key(d->table.schema_name, d->table.name));
    }
  }
  if (context.to == nullptr || context.rebuilt_tables.empty()) {
    return;
  }
  for (const ir::TableRef& table : context.rebuilt_tables) {
    referenced_by_.emplace(key(table.schema_name, table.name), std::vector<std::string>{});
  }
  // One pass over TO's foreign keys; a table is listed once however many keys it has.
  for (const ir::Table& t : context.to->tables) {
    const std::string own = key(t.schema_name, t.name);
    std::vector<std::string> credited;  // rebuilt tables `t` is already listed under
    for (const ir::ForeignKey& fk : t.foreign_keys) {
      std::string target = key(fk.referenced_schema, fk.referenced_table);
      const auto it = referenced_by_.find(target);
      if (it == referenced_by_.end() || target == own ||
          std::find(credited.begin(), credited.end(), target) != credited.end()) {
        continue;
      }
      it->second.push_back(t.name);
      credited.push_back(std::move(target));
    }
  }
}

bool PlanFacts::table_is_created(const ir::TableRef& table) const {
  if (from_list_) {
    return created_.contains(key(table.schema_name, table.name));
  }
  if (!last_created_ || last_created_->first != table) {
    const bool created = context_.from != nullptr &&
                         context_.from->find_table(table.name, table.schema_name) == nullptr;
    last_created_.emplace(table, created);
  }
  return last_created_->second;
}

bool PlanFacts::table_is_dropped(const ir::TableRef& table) const {
  if (from_list_) {
    return dropped_.contains(key(table.schema_name, table.name));
  }
  return context_.to != nullptr &&
         context_.to->find_table(table.name, table.schema_name) == nullptr;
}

std::vector<std::string> PlanFacts::rebuilt_table_referenced_by(const ir::TableRef& table) const {
  if (from_list_) {
    const auto it = referenced_by_.find(key(table.schema_name, table.name));
    return it == referenced_by_.end() ? std::vector<std::string>{} : it->second;
  }
  if (context_.to == nullptr || !is_rebuilt(context_, table)) {
    return {};
  }
  return referencing_tables(*context_.to, table);
}

}  // namespace schemac::lint
