// CREATE TABLE as Prisma prints it (see render_table.hpp). Authority: Prisma's
// libs/sql-ddl/src/sqlite.rs (CreateTable, Column, ForeignKey) and flavour/sqlite/renderer.rs
// (render_create_table_as, render_column), checked against the oracle's scripts.
#include "backends/sqlite/render_table.hpp"

#include "backends/sqlite/quote.hpp"
#include "backends/sqlite/types.hpp"

namespace schemac::backends::sqlite {

namespace {

constexpr std::string_view kIndent = "    ";

template <typename Range, typename Fn>
std::string joined(const Range& items, std::string_view separator, Fn&& render) {
  std::string out;
  bool first = true;
  for (const auto& item : items) {
    if (!first) {
      out += separator;
    }
    first = false;
    out += render(item);
  }
  return out;
}

std::string render_foreign_key(const ir::ForeignKey& fk) {
  std::string out;
  if (!fk.name.empty()) {
    out += "CONSTRAINT " + quote_identifier(fk.name) + " ";
  }
  const auto ident = [](const std::string& c) { return quote_identifier(c); };
  out += "FOREIGN KEY (" + joined(fk.columns, ", ", ident) + ") REFERENCES " +
         quote_identifier(fk.referenced_table) + " (" + joined(fk.referenced_columns, ", ", ident) +
         ")";
  // Prisma always prints both actions, NO ACTION included.
  out += " ON DELETE ";
  out += ir::referential_action_name(fk.on_delete);
  out += " ON UPDATE ";
  out += ir::referential_action_name(fk.on_update);
  return out;
}

}  // namespace

bool is_single_primary_key(const ir::Table& table, std::string_view column) {
  return table.primary_key && table.primary_key->columns.size() == 1 &&
         table.primary_key->columns.front().name == column;
}

std::string render_column(const ir::Column& column, bool single_primary_key) {
  std::string out = quote_identifier(column.name) + " " + column_type_text(column.type);
  if (!column.nullable) {
    out += " NOT NULL";
  }
  if (single_primary_key) {
    out += " PRIMARY KEY";
    // SQLite accepts AUTOINCREMENT only on an INTEGER PRIMARY KEY; lowering sets the flag on
    // exactly the single-column Int primary keys (frontend/lower/tables.cpp).
    if (column.autoincrement) {
      out += " AUTOINCREMENT";
    }
  }
  if (const auto text = default_text(column)) {
    out += " DEFAULT " + *text;
  }
  return out;
}

std::string render_create_table(const ir::Table& table, std::string_view name) {
  std::string out = "CREATE TABLE " + quote_identifier(name) + " (\n";
  out += joined(table.columns, ",\n", [&](const ir::Column& c) {
    return std::string(kIndent) + render_column(c, is_single_primary_key(table, c.name));
  });
  if (table.primary_key && table.primary_key->columns.size() > 1) {
    out += ",\n\n";
    out += kIndent;
    out += "PRIMARY KEY (" +
           joined(table.primary_key->columns, ", ",
                  [](const ir::IndexColumn& c) { return quote_identifier(c.name); }) +
           ")";
  }
  for (const ir::ForeignKey& fk : table.foreign_keys) {
    out += ",\n";
    out += kIndent;
    out += render_foreign_key(fk);
  }
  out += "\n)";
  return out;
}

}  // namespace schemac::backends::sqlite
