// Foreign keys that hold on to a unique index a plan drops and builds again (dependent_keys.hpp).
#include "backends/postgres/dependent_keys.hpp"

#include <algorithm>

namespace schemac::backends::postgres {

ForeignKeysByTarget::ForeignKeysByTarget(const ir::Schema& from) {
  for (const ir::Table& t : from.tables) {
    for (const ir::ForeignKey& fk : t.foreign_keys) {
      std::vector<std::string> columns = fk.referenced_columns;
      std::sort(columns.begin(), columns.end());
      by_target_[{fk.referenced_schema, fk.referenced_table}].push_back(
          {&t, &fk, std::move(columns)});
    }
  }
}

const std::vector<ForeignKeysByTarget::Referencing>& ForeignKeysByTarget::referencing(
    const TableKey& target) const {
  static const std::vector<Referencing> kNone;
  const auto it = by_target_.find(target);
  return it == by_target_.end() ? kNone : it->second;
}

std::vector<DependentForeignKey> foreign_keys_needing(
    const ForeignKeysByTarget& from_keys, const ir::Schema& to, const ir::TableRef& table,
    const ir::Index& dropped, const std::set<std::pair<TableKey, std::string>>& dropped_keys,
    const std::function<TableKey(const ir::TableRef&)>& to_name) {
  std::vector<DependentForeignKey> out;
  if (dropped.kind != ir::IndexKind::Unique || !dropped.where.empty()) {
    return out;
  }
  // A foreign key needs a unique index over exactly its referenced columns, in any order.
  std::vector<std::string> columns;
  for (const ir::IndexColumn& c : dropped.columns) {
    if (c.expression) {
      return out;
    }
    columns.push_back(c.name);
  }
  std::sort(columns.begin(), columns.end());
  for (const auto& [t, fk, referenced] : from_keys.referencing({table.schema_name, table.name})) {
    if (referenced != columns || dropped_keys.count({{t->schema_name, t->name}, fk->name}) != 0) {
      continue;
    }
    const ir::TableRef from_table{t->schema_name, t->name};
    const TableKey to_key = to_name(from_table);
    const ir::Table* after = to.find_table(to_key.second, to_key.first);
    const ir::ForeignKey* kept = after == nullptr ? nullptr : after->find_foreign_key(fk->name);
    if (kept != nullptr) {
      out.push_back({from_table, {to_key.first, to_key.second}, *kept});
    }
  }
  return out;
}

}  // namespace schemac::backends::postgres
