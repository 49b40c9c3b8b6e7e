// The differ's columns and primary key of one table (ir/diff_table.hpp).
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ir/diff_table.hpp"
#include "ir/equivalence.hpp"

namespace schemac::ir::differ {

namespace {

// ColumnChange bits between a column and its counterpart; 0 when they are the same.
std::uint8_t column_changes(const Column& before, const Column& after) {
  std::uint8_t changes = 0;
  if (!same_column_type(before.type, after.type)) {
    changes |= kChangeType;
  }
  if (before.nullable != after.nullable) {
    changes |= kChangeNullability;
  }
  // Defaults are normalised by lowering and by the introspectors (ir/column.hpp); what is left
  // is what the database itself normalises (ir/equivalence.hpp).
  // dbgenerated() without an expression accepts whatever default the database has.
  if (!before.any_default && !after.any_default &&
      !same_default(after.type, before.default_value, after.default_value)) {
    changes |= kChangeDefault;
  }
  if (before.autoincrement != after.autoincrement) {
    changes |= kChangeAutoincrement;
  }
  return changes;
}

}  // namespace

void diff_columns(const TablePair& pair, const ColumnRenames* renames, ChangeSink& sink) {
  const TableRef table{pair.to.schema_name, pair.to.name};
  std::unordered_map<std::string_view, std::size_t> from_positions;
  from_positions.reserve(pair.from.columns.size());
  for (std::size_t i = 0; i < pair.from.columns.size(); ++i) {
    from_positions.emplace(pair.from.columns[i].name, i);
  }
  std::vector<bool> matched(pair.from.columns.size(), false);

  for (const Column& after : pair.to.columns) {
    std::string_view from_name = after.name;
    if (renames != nullptr) {
      if (const auto it = renames->from_of_to.find(after.name); it != renames->from_of_to.end()) {
        from_name = it->second;
      } else if (column_in_to(renames, after.name) != after.name) {
        from_name = {};  // FROM's column of this name is renamed away: this one is new
      }
    }
    const auto found = from_name.empty() ? from_positions.end() : from_positions.find(from_name);
    if (found == from_positions.end()) {
      sink.emit(AddColumn{table, after}, pair.to_position);
      continue;
    }
    matched[found->second] = true;
    Column before = pair.from.columns[found->second];
    if (before.name != after.name) {
      sink.emit(RenameColumn{table, before.name, after.name}, pair.to_position);
      before.name = after.name;
    }
    if (const std::uint8_t changes = column_changes(before, after); changes != 0) {
      sink.emit(AlterColumn{table, std::move(before), after, changes}, pair.to_position);
    }
  }
  // Dropped columns run after the renames, so the table has TO's name by then.
  for (std::size_t i = 0; i < pair.from.columns.size(); ++i) {
    if (!matched[i]) {
      sink.emit(DropColumn{table, pair.from.columns[i]}, pair.from_position);
    }
  }
}

void diff_primary_key(const TablePair& pair, const ColumnRenames* renames, ChangeSink& sink) {
  std::optional<PrimaryKey> before = pair.from.primary_key;
  if (before) {
    for (IndexColumn& column : before->columns) {
      column.name = std::string(column_in_to(renames, column.name));
    }
  }
  if (before != pair.to.primary_key) {
    sink.emit(
        ChangePrimaryKey{
            {pair.to.schema_name, pair.to.name}, std::move(before), pair.to.primary_key},
        pair.to_position);
  }
}

}  // namespace schemac::ir::differ
