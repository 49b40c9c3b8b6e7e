// Foreign keys that hold on to a unique index a plan drops and builds again.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ir/change.hpp"
#include "ir/schema.hpp"

namespace schemac::backends::postgres {

using TableKey = std::pair<std::string, std::string>;  // (namespace, name)

// A foreign key of FROM, kept in TO, that references the columns of a unique index the plan
// drops: PostgreSQL refuses the DROP INDEX while the key needs it ("constraint … requires it"),
// so the key is dropped before and added back (TO's definition) once the index is rebuilt.
struct DependentForeignKey {
  ir::TableRef from_table;     // the referencing table, FROM's name
  ir::TableRef to_table;       // the same table, TO's name
  ir::ForeignKey foreign_key;  // TO's definition
};

// FROM's foreign keys grouped by the table they reference, built once per plan: finding the
// keys that need one dropped index then looks at that table's keys only, not at every key of
// the schema (which made a plan dropping many unique indexes quadratic).
class ForeignKeysByTarget {
 public:
  struct Referencing {
    const ir::Table* table;          // FROM's referencing table
    const ir::ForeignKey* key;       // its foreign key
    std::vector<std::string> columns;  // the key's referenced columns, sorted
  };

  explicit ForeignKeysByTarget(const ir::Schema& from);

  // The foreign keys of FROM that reference `target` ((namespace, name)), in FROM's order.
  [[nodiscard]] const std::vector<Referencing>& referencing(const TableKey& target) const;

 private:
  std::map<TableKey, std::vector<Referencing>> by_target_;
};

// The kept foreign keys that need `dropped`, a unique index of `table` (FROM's names), except
// those in `dropped_keys` ((FROM table, constraint name): the plan drops them anyway).
// `to_name` maps a FROM table to its TO name.
[[nodiscard]] std::vector<DependentForeignKey> foreign_keys_needing(
    const ForeignKeysByTarget& from_keys, const ir::Schema& to, const ir::TableRef& table,
    const ir::Index& dropped, const std::set<std::pair<TableKey, std::string>>& dropped_keys,
    const std::function<TableKey(const ir::TableRef&)>& to_name);

}  // namespace schemac::backends::postgres
