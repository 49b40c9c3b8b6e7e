// The differ (ir/diff.hpp): matches tables, enums, namespaces and extensions of FROM and TO,
// and lets ir/diff_table.hpp compare the insides of each matched table.
#include "ir/diff.hpp"

#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ir/diff_renames.hpp"
#include "ir/diff_sink.hpp"
#include "ir/diff_table.hpp"

namespace schemac::ir {

namespace {

using differ::ChangeSink;
using differ::qualified_key;
using differ::Renames;
using differ::TablePositions;

void diff_tables(const Schema& from, const TablePositions& from_positions, const Schema& to,
                 const Renames& renames, ChangeSink& sink) {
  std::vector<bool> matched(from.tables.size(), false);
  for (std::size_t to_position = 0; to_position < to.tables.size(); ++to_position) {
    const Table& after = to.tables[to_position];
    const std::optional<std::string_view> renamed_from =
        renames.table_renamed_to(after.schema_name, after.name);
    const std::string_view from_name = renamed_from.value_or(after.name);
    // FROM's table of this name, unless a hint renames it to something else (then TO's table of
    // its old name is a new one).
    const bool renamed_away =
        !renamed_from && renames.table_in_to(after.schema_name, after.name) != after.name;
    const auto found = renamed_away
                           ? from_positions.end()
                           : from_positions.find(qualified_key(after.schema_name, from_name));
    if (found == from_positions.end()) {
      differ::emit_created_table(after, to_position, sink);
      continue;
    }
    matched[found->second] = true;
    const Table& before = from.tables[found->second];
    if (before.name != after.name) {
      sink.emit(RenameTable{{before.schema_name, before.name}, after.name}, to_position);
    }
    const differ::TablePair pair{before,
                                 found->second,
                                 after,
                                 to_position,
                                 from.states_partial_indexes,
                                 to.states_partial_indexes,
                                 from.is_database,
                                 to.is_database};
    const differ::ColumnRenames* column_renames = renames.columns_of(after.schema_name, after.name);
    differ::diff_columns(pair, column_renames, sink);
    differ::diff_primary_key(pair, column_renames, sink);
    differ::diff_indexes(pair, column_renames, sink);
    differ::diff_foreign_keys(pair, renames, sink);
  }
  for (std::size_t from_position = 0; from_position < from.tables.size(); ++from_position) {
    if (!matched[from_position]) {
      differ::emit_dropped_table(from.tables[from_position], from_position, sink);
    }
  }
}

// Values of `from` missing from `to`, in `from`'s order.
std::vector<std::string> values_missing(const std::vector<std::string>& from,
                                        const std::vector<std::string>& to) {
  const std::unordered_set<std::string_view> present(to.begin(), to.end());
  std::vector<std::string> missing;
  for (const std::string& value : from) {
    if (!present.contains(value)) {
      missing.push_back(value);
    }
  }
  return missing;
}

void diff_enums(const Schema& from, const Schema& to, ChangeSink& sink) {
  std::unordered_map<std::string, std::size_t> from_positions;
  for (std::size_t i = 0; i < from.enums.size(); ++i) {
    from_positions.emplace(qualified_key(from.enums[i].schema_name, from.enums[i].name), i);
  }
  std::vector<bool> matched(from.enums.size(), false);
  for (std::size_t to_position = 0; to_position < to.enums.size(); ++to_position) {
    const Enum& after = to.enums[to_position];
    const auto found = from_positions.find(qualified_key(after.schema_name, after.name));
    if (found == from_positions.end()) {
      sink.emit(CreateEnum{after}, to_position);
      continue;
    }
    matched[found->second] = true;
    const Enum& before = from.enums[found->second];
    // Only added and removed values count. A pure reorder is not a difference: Prisma's own
    // differ ignores it too (the oracle prints an empty migration), and reporting it would make
    // a database Prisma created differ from its own schema (DESIGN.md §3).
    std::vector<std::string> added = values_missing(after.values, before.values);
    std::vector<std::string> removed = values_missing(before.values, after.values);
    if (!added.empty() || !removed.empty()) {
      sink.emit(AlterEnum{before, after, std::move(added), std::move(removed)}, to_position);
    }
  }
  for (std::size_t from_position = 0; from_position < from.enums.size(); ++from_position) {
    if (!matched[from_position]) {
      sink.emit(DropEnum{from.enums[from_position]}, from_position);
    }
  }
}

// Namespaces and extensions are only ever created: Prisma never drops a schema or an
// extension in a migration.
void diff_namespaces_and_extensions(const Schema& from, const Schema& to, ChangeSink& sink) {
  const std::unordered_set<std::string_view> namespaces(from.namespaces.begin(),
                                                        from.namespaces.end());
  for (std::size_t i = 0; i < to.namespaces.size(); ++i) {
    if (!namespaces.contains(to.namespaces[i])) {
      sink.emit(CreateNamespace{to.namespaces[i]}, i);
    }
  }
  std::unordered_set<std::string_view> extensions;
  for (const Extension& extension : from.extensions) {
    extensions.insert(extension.name);
  }
  for (std::size_t i = 0; i < to.extensions.size(); ++i) {
    if (!extensions.contains(to.extensions[i].name)) {
      sink.emit(CreateExtension{to.extensions[i]}, i);
    }
  }
}

}  // namespace

Result<std::vector<Change>> diff(const Schema& from, const Schema& to, const RenameHints& renames) {
  const TablePositions from_positions = differ::index_tables(from.tables);
  const TablePositions to_positions = differ::index_tables(to.tables);
  Result<Renames> resolved = Renames::resolve(from, from_positions, to, to_positions, renames);
  if (!resolved) {
    return resolved.error();
  }
  // Room for the most a diff of mostly created and dropped tables makes: one change per table,
  // index and foreign key. Reserved memory is only address space until it is written, so a
  // generous bound costs nothing, while growing the buffer moves every change found so far.
  std::size_t expected = from.enums.size() + to.enums.size() + to.namespaces.size() + 8;
  for (const Schema* side : {&from, &to}) {
    for (const Table& t : side->tables) {
      expected += 1 + t.indexes.size() + t.foreign_keys.size();
    }
  }
  ChangeSink sink(expected);
  diff_namespaces_and_extensions(from, to, sink);
  diff_enums(from, to, sink);
  diff_tables(from, from_positions, to, resolved.value(), sink);
  return std::move(sink).sorted();
}

}  // namespace schemac::ir
