// The differ's rename hints (ir/diff_renames.hpp): checks and lookups.
#include "ir/diff_renames.hpp"

#include <fmt/format.h>

#include "ir/diff_sink.hpp"

namespace schemac::ir::differ {

namespace {

// `"public"."User"` or `"User"`: how an error names a table.
std::string table_label(std::string_view schema_name, std::string_view name) {
  if (schema_name.empty()) {
    return fmt::format("\"{}\"", name);
  }
  return fmt::format("\"{}\".\"{}\"", schema_name, name);
}

Error table_hint_error(const TableRename& hint, std::string_view why) {
  return Error{fmt::format("cannot rename table {} to \"{}\": {}",
                           table_label(hint.schema_name, hint.from), hint.to, why)};
}

Error column_hint_error(const ColumnRename& hint, std::string_view why) {
  return Error{fmt::format("cannot rename column {}.\"{}\" to \"{}\": {}",
                           table_label(hint.schema_name, hint.table), hint.from, hint.to, why)};
}

const Table* find(const Schema& schema, const TablePositions& positions,
                  std::string_view schema_name, std::string_view name) {
  const auto it = positions.find(qualified_key(schema_name, name));
  return it == positions.end() ? nullptr : &schema.tables[it->second];
}

bool has_column(const Table& table, std::string_view name) {
  return table.find_column(name) != nullptr;
}

}  // namespace

TablePositions index_tables(const std::vector<Table>& tables) {
  TablePositions positions;
  positions.reserve(tables.size());
  for (std::size_t i = 0; i < tables.size(); ++i) {
    positions.emplace(qualified_key(tables[i].schema_name, tables[i].name), i);
  }
  return positions;
}

Result<Renames> Renames::resolve(const Schema& from, const TablePositions& from_tables,
                                 const Schema& to, const TablePositions& to_tables,
                                 const RenameHints& hints) {
  Renames out;
  for (const TableRename& hint : hints.tables) {
    if (find(from, from_tables, hint.schema_name, hint.from) == nullptr) {
      return table_hint_error(hint, fmt::format("FROM has no table \"{}\"", hint.from));
    }
    if (find(to, to_tables, hint.schema_name, hint.to) == nullptr) {
      return table_hint_error(hint, fmt::format("TO has no table \"{}\"", hint.to));
    }
    if (hint.from != hint.to && find(from, from_tables, hint.schema_name, hint.to) != nullptr) {
      return table_hint_error(hint, fmt::format("table \"{}\" already exists in FROM", hint.to));
    }
    const std::string from_key = qualified_key(hint.schema_name, hint.from);
    const std::string to_key = qualified_key(hint.schema_name, hint.to);
    if (!out.table_to_of_from_.emplace(from_key, hint.to).second) {
      return table_hint_error(hint, "the table is renamed twice");
    }
    if (!out.table_from_of_to_.emplace(to_key, hint.from).second) {
      return table_hint_error(hint, fmt::format("two tables are renamed to \"{}\"", hint.to));
    }
  }
  // Column hints second: they name their table by TO's name, which needs the table hints.
  for (const ColumnRename& hint : hints.columns) {
    const Table* to_table = find(to, to_tables, hint.schema_name, hint.table);
    if (to_table == nullptr) {
      return column_hint_error(hint, fmt::format("TO has no table \"{}\"", hint.table));
    }
    const std::string_view from_name =
        out.table_renamed_to(hint.schema_name, hint.table).value_or(hint.table);
    const Table* from_table = find(from, from_tables, hint.schema_name, from_name);
    if (from_table == nullptr || out.table_in_to(hint.schema_name, from_name) != hint.table) {
      return column_hint_error(hint, "the table is new in TO; there is nothing to rename");
    }
    if (!has_column(*from_table, hint.from)) {
      return column_hint_error(
          hint, fmt::format("table \"{}\" has no column \"{}\" in FROM", from_name, hint.from));
    }
    if (!has_column(*to_table, hint.to)) {
      return column_hint_error(
          hint, fmt::format("table \"{}\" has no column \"{}\" in TO", hint.table, hint.to));
    }
    ColumnRenames& renames = out.columns_[qualified_key(hint.schema_name, hint.table)];
    if (!renames.to_of_from.emplace(hint.from, hint.to).second) {
      return column_hint_error(hint, "the column is renamed twice");
    }
    if (!renames.from_of_to.emplace(hint.to, hint.from).second) {
      return column_hint_error(hint, fmt::format("two columns are renamed to \"{}\"", hint.to));
    }
  }
  // A rename onto a name FROM's table still has is only possible when that column is renamed
  // away too (a swap, as an m:n join table's A and B when a model rename re-sorts its models).
  for (const ColumnRename& hint : hints.columns) {
    const ColumnRenames& renames = out.columns_[qualified_key(hint.schema_name, hint.table)];
    const std::string_view from_name =
        out.table_renamed_to(hint.schema_name, hint.table).value_or(hint.table);
    const Table* from_table = find(from, from_tables, hint.schema_name, from_name);
    if (hint.from != hint.to && has_column(*from_table, hint.to) &&
        renames.to_of_from.count(hint.to) == 0) {
      return column_hint_error(hint, fmt::format("column \"{}\" already exists in FROM", hint.to));
    }
  }
  return out;
}

std::string_view Renames::table_in_to(std::string_view schema_name,
                                      std::string_view from_name) const {
  const auto it = table_to_of_from_.find(qualified_key(schema_name, from_name));
  return it == table_to_of_from_.end() ? from_name : std::string_view(it->second);
}

std::optional<std::string_view> Renames::table_renamed_to(std::string_view schema_name,
                                                          std::string_view to_name) const {
  const auto it = table_from_of_to_.find(qualified_key(schema_name, to_name));
  if (it == table_from_of_to_.end()) {
    return std::nullopt;
  }
  return std::string_view(it->second);
}

const ColumnRenames* Renames::columns_of(std::string_view schema_name,
                                         std::string_view to_table) const {
  const auto it = columns_.find(qualified_key(schema_name, to_table));
  return it == columns_.end() ? nullptr : &it->second;
}

std::string_view column_in_to(const ColumnRenames* renames, std::string_view from_column) {
  if (renames == nullptr) {
    return from_column;
  }
  const auto it = renames->to_of_from.find(std::string(from_column));
  return it == renames->to_of_from.end() ? from_column : std::string_view(it->second);
}

}  // namespace schemac::ir::differ
