// The differ's indexes and foreign keys of one table, and the constraint changes that come with
// a created or dropped table (ir/diff_table.hpp).
#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ir/diff_table.hpp"
#include "ir/equivalence.hpp"

namespace schemac::ir::differ {

namespace {

// Keys are built from length-prefixed parts, so no name, however odd, can make two different
// definitions collide.
void append_part(std::string& key, std::string_view part) {
  key.append(std::to_string(part.size()));
  key.push_back(':');
  key.append(part);
}

// Everything about an index but its name, columns in TO's names; a default operator class
// named in the schema (`ops: ArrayOps` under GIN) is the database's unnamed default.
// `with_where` false: the predicate left out, for a side that cannot state one.
std::string index_definition_key(const Index& index, const ColumnRenames* renames,
                                 bool with_where = true) {
  std::string key;
  append_part(key, index_kind_name(index.kind));
  append_part(key, index_algorithm_name(index.algorithm));
  append_part(key, with_where ? std::string_view(index.where) : std::string_view());
  for (const IndexColumn& column : index.columns) {
    append_part(key, column.expression ? "expression" : "column");
    append_part(key, column.expression ? std::string_view(column.name)
                                       : column_in_to(renames, column.name));
    append_part(key, sort_order_name(column.sort));
    append_part(key, column.length ? std::to_string(*column.length) : std::string());
    append_part(key, effective_operator_class(index.algorithm, column.operator_class));
  }
  return key;
}

// A table's column type families by column name.
using ColumnFamilies = std::unordered_map<std::string_view, TypeFamily>;

ColumnFamilies column_families(const Table& table) {
  ColumnFamilies families;
  families.reserve(table.columns.size());
  for (const Column& column : table.columns) {
    families.emplace(column.name, column.type.family);
  }
  return families;
}

// Everything about a foreign key, in TO's names when `mapped` is set (FROM's keys), so that a
// rename hint of its table, its referenced table or any of their columns is not a difference.
// The type family of each constrained column is part of it: Prisma recreates a foreign key
// whose columns change family (sql_schema_differ's `foreign_keys_match`: `families_match`),
// since PostgreSQL cannot change the type of a column a foreign key holds to an incompatible
// one; the oracle drops the key before the ALTER TYPE and adds it back after.
std::string foreign_key_key(const ForeignKey& fk, const Table& table,
                            const ColumnFamilies& families, bool mapped, const Renames& renames) {
  const std::string_view table_name =
      mapped ? renames.table_in_to(table.schema_name, table.name) : table.name;
  const ColumnRenames* own = mapped ? renames.columns_of(table.schema_name, table_name) : nullptr;
  const std::string_view referenced_table =
      mapped ? renames.table_in_to(fk.referenced_schema, fk.referenced_table) : fk.referenced_table;
  const ColumnRenames* referenced =
      mapped ? renames.columns_of(fk.referenced_schema, referenced_table) : nullptr;

  std::string key;
  append_part(key, fk.name);
  append_part(key, referential_action_name(fk.on_delete));
  append_part(key, referential_action_name(fk.on_update));
  append_part(key, fk.referenced_schema);
  append_part(key, referenced_table);
  append_part(key, std::to_string(fk.columns.size()));
  for (const std::string& column : fk.columns) {
    append_part(key, column_in_to(own, column));
    const auto family = families.find(column);
    append_part(key, family == families.end() ? "?" : type_family_name(family->second));
  }
  for (const std::string& column : fk.referenced_columns) {
    append_part(key, column_in_to(referenced, column));
  }
  return key;
}

// An index on an expression, which only introspection produces: a schema cannot declare one.
bool has_expression(const Index& index) {
  return std::any_of(index.columns.begin(), index.columns.end(),
                     [](const IndexColumn& c) { return c.expression; });
}

// What a schema side cannot state of the indexes of a database on the other side: expression
// indexes always, partial ones without the partialIndexes preview. Between two databases or
// two schemas, nothing: a schema's own partial index is always meant.
struct Blindness {
  bool expressions = false;
  bool predicates = false;
};

Blindness blindness(bool side_is_database, bool side_states_partial_indexes,
                    bool other_is_database) {
  const bool schema_facing_database = !side_is_database && other_is_database;
  return {schema_facing_database, schema_facing_database && !side_states_partial_indexes};
}

// An index on one side only that the other side is blind to.
bool beyond(const Index& index, Blindness other) {
  return (other.expressions && has_expression(index)) ||
         (other.predicates && !index.where.empty());
}

}  // namespace

void diff_indexes(const TablePair& pair, const ColumnRenames* renames, ChangeSink& sink) {
  // Drops run before the renames of tables and columns, so they name FROM's table.
  const TableRef from_table{pair.from.schema_name, pair.from.name};
  const TableRef to_table{pair.to.schema_name, pair.to.name};
  std::unordered_map<std::string_view, std::size_t> from_positions;
  from_positions.reserve(pair.from.indexes.size());
  for (std::size_t i = 0; i < pair.from.indexes.size(); ++i) {
    from_positions.emplace(pair.from.indexes[i].name, i);
  }
  // Each index's whole definition, computed once.
  std::vector<std::string> from_keys;
  from_keys.reserve(pair.from.indexes.size());
  for (const Index& before : pair.from.indexes) {
    from_keys.push_back(index_definition_key(before, renames));
  }
  std::vector<std::string> to_keys;
  to_keys.reserve(pair.to.indexes.size());
  for (const Index& after : pair.to.indexes) {
    to_keys.push_back(index_definition_key(after, nullptr));
  }
  std::vector<bool> from_matched(pair.from.indexes.size(), false);
  std::vector<std::size_t> to_unmatched;

  // An index one side is blind to, on the other side only, is left alone, as Prisma leaves
  // it: dropping a hand-made index on every diff (or creating it in a down script whose up
  // script never dropped it) would be wrong. Both sides naming it compare it like any other
  // index, the predicate only when neither side is blind to it.
  const Blindness from_blind =
      blindness(pair.from_is_database, pair.from_states_partial_indexes, pair.to_is_database);
  const Blindness to_blind =
      blindness(pair.to_is_database, pair.to_states_partial_indexes, pair.from_is_database);
  const bool compare_where = !from_blind.predicates && !to_blind.predicates;
  for (std::size_t t = 0; t < pair.to.indexes.size(); ++t) {
    const Index& after = pair.to.indexes[t];
    const auto found = from_positions.find(after.name);
    if (found == from_positions.end()) {
      if (!beyond(after, from_blind)) {
        to_unmatched.push_back(t);
      }
      continue;
    }
    from_matched[found->second] = true;
    const Index& before = pair.from.indexes[found->second];
    const bool same = compare_where ? from_keys[found->second] == to_keys[t]
                                    : index_definition_key(before, renames, false) ==
                                          index_definition_key(after, nullptr, false);
    if (!same) {
      sink.emit(DropIndex{from_table, before}, pair.from_position);
      sink.emit(CreateIndex{to_table, after}, pair.to_position);
    }
  }

  // A FROM-only and a TO-only index with one definition are the same index under a new name
  // (typically a Prisma-derived name that follows a renamed table: `Old_email_key`).
  std::unordered_map<std::string_view, std::deque<std::size_t>> from_by_definition;
  for (std::size_t i = 0; i < pair.from.indexes.size(); ++i) {
    if (!from_matched[i] && beyond(pair.from.indexes[i], to_blind)) {
      from_matched[i] = true;  // kept as it is
    } else if (!from_matched[i]) {
      from_by_definition[from_keys[i]].push_back(i);
    }
  }
  // An index whose definition the other side has under another name, already paired, is a
  // duplicate (a hand-made second index beside Prisma's): left alone both ways, as Prisma
  // drops a database index only when no schema index has its definition.
  const std::unordered_set<std::string_view> from_definitions(from_keys.begin(), from_keys.end());
  const std::unordered_set<std::string_view> to_definitions(to_keys.begin(), to_keys.end());
  for (const std::size_t t : to_unmatched) {
    const Index& after = pair.to.indexes[t];
    const auto found = from_by_definition.find(to_keys[t]);
    if (found == from_by_definition.end() || found->second.empty()) {
      if (from_definitions.count(to_keys[t]) == 0) {
        sink.emit(CreateIndex{to_table, after}, pair.to_position);
      }
      continue;
    }
    const std::size_t i = found->second.front();
    found->second.pop_front();
    from_matched[i] = true;
    sink.emit(RenameIndex{to_table, pair.from.indexes[i].name, after.name}, pair.to_position);
  }
  for (std::size_t i = 0; i < pair.from.indexes.size(); ++i) {
    if (!from_matched[i] && to_definitions.count(from_keys[i]) == 0) {
      sink.emit(DropIndex{from_table, pair.from.indexes[i]}, pair.from_position);
    }
  }
}

void diff_foreign_keys(const TablePair& pair, const Renames& renames, ChangeSink& sink) {
  if (pair.from.foreign_keys.empty() && pair.to.foreign_keys.empty()) {
    return;
  }
  const ColumnFamilies from_families = column_families(pair.from);
  const ColumnFamilies to_families = column_families(pair.to);
  std::unordered_map<std::string, std::deque<std::size_t>> from_by_key;
  for (std::size_t i = 0; i < pair.from.foreign_keys.size(); ++i) {
    from_by_key[foreign_key_key(pair.from.foreign_keys[i], pair.from, from_families, true, renames)]
        .push_back(i);
  }
  std::vector<bool> kept(pair.from.foreign_keys.size(), false);
  for (const ForeignKey& after : pair.to.foreign_keys) {
    const auto found =
        from_by_key.find(foreign_key_key(after, pair.to, to_families, false, renames));
    if (found != from_by_key.end() && !found->second.empty()) {
      kept[found->second.front()] = true;
      found->second.pop_front();
      continue;
    }
    sink.emit(AddForeignKey{{pair.to.schema_name, pair.to.name}, after}, pair.to_position);
  }
  for (std::size_t i = 0; i < pair.from.foreign_keys.size(); ++i) {
    if (!kept[i]) {
      sink.emit(DropForeignKey{{pair.from.schema_name, pair.from.name}, pair.from.foreign_keys[i]},
                pair.from_position);
    }
  }
}

void emit_created_table(const Table& table, std::size_t to_position, ChangeSink& sink) {
  const TableRef ref{table.schema_name, table.name};
  sink.emit(CreateTable{table}, to_position);
  for (const Index& index : table.indexes) {
    sink.emit(CreateIndex{ref, index}, to_position);
  }
  for (const ForeignKey& fk : table.foreign_keys) {
    sink.emit(AddForeignKey{ref, fk}, to_position);
  }
}

void emit_dropped_table(const Table& table, std::size_t from_position, ChangeSink& sink) {
  const TableRef ref{table.schema_name, table.name};
  for (const ForeignKey& fk : table.foreign_keys) {
    sink.emit(DropForeignKey{ref, fk}, from_position);
  }
  sink.emit(DropTable{table}, from_position);
}

}  // namespace schemac::ir::differ
