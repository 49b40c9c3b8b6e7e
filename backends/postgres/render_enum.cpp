// Enum types (see render_enum.hpp). Authority: flavour/postgres/renderer.rs (render_create_enum,
// render_drop_enum, render_postgres_alter_enum) and the oracle's scripts.
#include "backends/postgres/render_enum.hpp"

#include "backends/postgres/quote.hpp"

namespace schemac::backends::postgres {

namespace {

std::string value_list(const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    out += (i > 0 ? ", " : "") + quote_literal(values[i]);
  }
  return out;
}

std::string alter_column(const ir::TableRef& table, const std::string& column) {
  return "ALTER TABLE " + qualified_name(table.schema_name, table.name) + " ALTER COLUMN " +
         quote_identifier(column);
}

}  // namespace

std::string render_create_enum(const ir::Enum& enum_type) {
  return "CREATE TYPE " + qualified_name(enum_type.schema_name, enum_type.name) + " AS ENUM (" +
         value_list(enum_type.values) + ")";
}

std::string render_drop_enum(const ir::Enum& enum_type) {
  return "DROP TYPE " + qualified_name(enum_type.schema_name, enum_type.name);
}

std::vector<std::string> render_add_enum_values(const ir::AlterEnum& alter, bool if_not_exists) {
  std::vector<std::string> out;
  for (const std::string& value : alter.added) {
    out.push_back("ALTER TYPE " + qualified_name(alter.before.schema_name, alter.before.name) +
                  " ADD VALUE " + (if_not_exists ? "IF NOT EXISTS " : "") + quote_literal(value));
  }
  return out;
}

std::vector<std::string> render_recreate_enum(const ir::AlterEnum& alter,
                                              const std::vector<EnumColumn>& columns) {
  const std::string new_type = qualified_name(alter.after.schema_name, alter.after.name + "_new");
  const std::string old_name = alter.before.name + "_old";
  std::vector<std::string> out;
  out.push_back("CREATE TYPE " + new_type + " AS ENUM (" + value_list(alter.after.values) + ")");
  for (const EnumColumn& c : columns) {
    if (c.has_default) {
      out.push_back(alter_column(c.table, c.column) + " DROP DEFAULT");
    }
  }
  for (const EnumColumn& c : columns) {
    const std::string type = new_type + (c.is_array ? "[]" : "");
    out.push_back(alter_column(c.table, c.column) + " TYPE " + type + " USING (" +
                  quote_identifier(c.column) + "::text::" + type + ")");
  }
  out.push_back("ALTER TYPE " + qualified_name(alter.before.schema_name, alter.before.name) +
                " RENAME TO " + quote_identifier(old_name));
  out.push_back("ALTER TYPE " + new_type + " RENAME TO " + quote_identifier(alter.after.name));
  out.push_back("DROP TYPE " + qualified_name(alter.before.schema_name, old_name));
  for (const EnumColumn& c : columns) {
    if (c.restored_default) {
      out.push_back(alter_column(c.table, c.column) + " SET DEFAULT " + *c.restored_default);
    }
  }
  return out;
}

}  // namespace schemac::backends::postgres
