// CREATE TABLE and friends as Prisma prints them (see render_table.hpp). Authority:
// flavour/postgres/renderer.rs (render_column, render_create_table_as, render_drop_table,
// render_rename_table) and the oracle's scripts.
#include "backends/postgres/render_table.hpp"

#include "backends/postgres/quote.hpp"
#include "backends/postgres/types.hpp"

namespace schemac::backends::postgres {

namespace {

constexpr std::string_view kIndent = "    ";

}  // namespace

std::string render_column(const ir::Column& column, bool with_default) {
  std::string out = quote_identifier(column.name) + " " + column_type_text(column);
  if (!column.nullable) {
    out += " NOT NULL";
  }
  if (with_default) {
    if (const auto d = default_text(column)) {
      out += " DEFAULT " + *d;
    }
  }
  return out;
}

std::string render_create_table(const ir::Table& table) {
  std::string out = "CREATE TABLE " + qualified_name(table.schema_name, table.name) + " (\n";
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    out += (i > 0 ? ",\n" : "") + std::string(kIndent) + render_column(table.columns[i]);
  }
  if (table.primary_key) {
    out += table.columns.empty() ? "" : ",\n\n";
    out += kIndent;
    if (!table.primary_key->name.empty()) {
      out += "CONSTRAINT " + quote_identifier(table.primary_key->name) + " ";
    }
    out += "PRIMARY KEY (";
    for (std::size_t i = 0; i < table.primary_key->columns.size(); ++i) {
      out += (i > 0 ? "," : "") + quote_identifier(table.primary_key->columns[i].name);
    }
    out += ")";
  }
  return out + "\n)";
}

std::string render_drop_table(const ir::Table& table) {
  return "DROP TABLE " + qualified_name(table.schema_name, table.name);
}

std::string render_rename_table(std::string_view schema_name, std::string_view from,
                                std::string_view to) {
  return "ALTER TABLE " + qualified_name(schema_name, from) + " RENAME TO " + quote_identifier(to);
}

}  // namespace schemac::backends::postgres
