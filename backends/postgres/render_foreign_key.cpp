// Foreign key statements (see render_foreign_key.hpp). Authority: flavour/postgres/renderer.rs
// (render_add_foreign_key, render_drop_foreign_key), libs/sql-ddl/src/postgres.rs (ForeignKey:
// columns joined by `, `, no space between the referenced table and its columns) and the
// oracle's scripts.
#include "backends/postgres/render_foreign_key.hpp"

#include "backends/postgres/quote.hpp"

namespace schemac::backends::postgres {

namespace {

std::string column_list(const std::vector<std::string>& columns) {
  std::string out = "(";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    out += (i > 0 ? ", " : "") + quote_identifier(columns[i]);
  }
  return out + ")";
}

}  // namespace

std::string render_add_foreign_key(const ir::TableRef& table, const ir::ForeignKey& foreign_key,
                                   bool not_valid) {
  std::string sql = "ALTER TABLE " + qualified_name(table.schema_name, table.name) + " ADD ";
  if (!foreign_key.name.empty()) {
    sql += "CONSTRAINT " + quote_identifier(foreign_key.name) + " ";
  }
  sql += "FOREIGN KEY " + column_list(foreign_key.columns) + " REFERENCES " +
         qualified_name(foreign_key.referenced_schema, foreign_key.referenced_table) +
         column_list(foreign_key.referenced_columns);
  sql += " ON DELETE " + std::string(ir::referential_action_name(foreign_key.on_delete));
  sql += " ON UPDATE " + std::string(ir::referential_action_name(foreign_key.on_update));
  if (not_valid) {
    sql += " NOT VALID";
  }
  return sql;
}

std::string render_drop_constraint(const ir::TableRef& table, std::string_view constraint_name) {
  return "ALTER TABLE " + qualified_name(table.schema_name, table.name) + " DROP CONSTRAINT " +
         quote_identifier(constraint_name);
}

std::string render_validate_constraint(const ir::TableRef& table,
                                       std::string_view constraint_name) {
  return "ALTER TABLE " + qualified_name(table.schema_name, table.name) + " VALIDATE CONSTRAINT " +
         quote_identifier(constraint_name);
}

}  // namespace schemac::backends::postgres
