// ALTER TABLE statements and clauses (see render_alter.hpp). Authority: flavour/postgres/
// renderer.rs (render_alter_table, render_alter_column) and the oracle's scripts; the staged
// forms follow postgresql.org/docs/current/sql-altertable.html.
#include "backends/postgres/render_alter.hpp"

#include <algorithm>
#include <cctype>

#include "backends/postgres/quote.hpp"
#include "backends/postgres/render_table.hpp"
#include "backends/postgres/types.hpp"

namespace schemac::backends::postgres {

namespace {

std::string table_name(const ir::TableRef& table) {
  return qualified_name(table.schema_name, table.name);
}

bool is_enum(const ir::Column& c) {
  return c.type.family == ir::TypeFamily::Enum;
}

std::string lower(std::string s) {
  for (char& c : s) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return s;
}

}  // namespace

std::string render_alter_table(const ir::TableRef& table, const std::vector<std::string>& clauses) {
  std::string sql = "ALTER TABLE " + table_name(table) + " ";
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    sql += (i > 0 ? ",\n" : "") + clauses[i];
  }
  return sql;
}

std::string clause_add_column(const ir::Column& column, bool with_default) {
  return "ADD COLUMN     " + render_column(column, with_default);
}

std::string clause_drop_column(std::string_view column) {
  return "DROP COLUMN " + quote_identifier(column);
}

std::string clause_alter_column(std::string_view column, std::string_view what) {
  return "ALTER COLUMN " + quote_identifier(column) + " " + std::string(what);
}

std::string clause_set_data_type(const ir::Column& before, const ir::Column& after) {
  const std::string target = cast_type_text(after);
  const std::string c = quote_identifier(after.name);
  std::string value;
  if (!before.type.is_array && after.type.is_array) {
    ir::Column element = after;
    element.type.is_array = false;
    value = "ARRAY[" + c + "::" + (is_enum(before) != is_enum(after) ? "text::" : "") +
            cast_type_text(element) + "]";
  } else if (before.type.is_array && !after.type.is_array) {
    value = c + "[1]::" + std::string(is_enum(before) != is_enum(after) ? "text::" : "") + target;
  } else {
    // Enum ↔ anything other than text has no direct cast: go through text, as Prisma does when
    // it recreates an enum.
    const bool through_text =
        (is_enum(before) || is_enum(after)) && !(before.type == after.type) &&
        !(before.type.family == ir::TypeFamily::String && !before.type.is_array);
    value = c + "::" + (through_text ? "text::" : "") + target;
  }
  return clause_alter_column(after.name, "SET DATA TYPE " + target + " USING (" + value + ")");
}

std::string clause_drop_constraint(std::string_view name) {
  return "DROP CONSTRAINT " + quote_identifier(name);
}

std::string clause_add_primary_key(const ir::PrimaryKey& primary_key) {
  std::string out = "ADD ";
  if (!primary_key.name.empty()) {
    out += "CONSTRAINT " + quote_identifier(primary_key.name) + " ";
  }
  out += "PRIMARY KEY (";
  for (std::size_t i = 0; i < primary_key.columns.size(); ++i) {
    out += (i > 0 ? ", " : "") + quote_identifier(primary_key.columns[i].name);
  }
  return out + ")";
}

std::string render_rename_column(const ir::TableRef& table, std::string_view from,
                                 std::string_view to) {
  return "ALTER TABLE " + table_name(table) + " RENAME COLUMN " + quote_identifier(from) + " TO " +
         quote_identifier(to);
}

std::string render_rename_constraint(const ir::TableRef& table, std::string_view from,
                                     std::string_view to) {
  return "ALTER TABLE " + table_name(table) + " RENAME CONSTRAINT " + quote_identifier(from) +
         " TO " + quote_identifier(to);
}

std::string render_backfill(const ir::TableRef& table, std::string_view column,
                            std::string_view expression, bool only_nulls) {
  std::string sql = "UPDATE " + table_name(table) + " SET " + quote_identifier(column) + " = " +
                    std::string(expression);
  if (only_nulls) {
    sql += " WHERE " + quote_identifier(column) + " IS NULL";
  }
  return sql;
}

std::string render_add_not_null_check(const ir::TableRef& table, std::string_view constraint_name,
                                      std::string_view column) {
  return "ALTER TABLE " + table_name(table) + " ADD CONSTRAINT " +
         quote_identifier(constraint_name) + " CHECK (" + quote_identifier(column) +
         " IS NOT NULL) NOT VALID";
}

std::string render_primary_key_using_index(const ir::TableRef& table,
                                           std::string_view constraint_name,
                                           std::string_view index_name) {
  return "ALTER TABLE " + table_name(table) + " ADD CONSTRAINT " +
         quote_identifier(constraint_name) + " PRIMARY KEY USING INDEX " +
         quote_identifier(index_name);
}

SequenceStatements render_add_sequence(const ir::TableRef& table, std::string_view column) {
  const bool qualified = !table.schema_name.empty() && table.schema_name != "public";
  // Prisma writes the name bare and lower-cased (what an unquoted identifier folds to); a name
  // that is not a plain identifier then is not valid SQL (`CREATE SEQUENCE t0 x_id_seq`), so
  // such a name is quoted, still lower-cased.
  const std::string bare = lower(table.name + "_" + std::string(column) + "_seq");
  const bool plain =
      !bare.empty() && (std::isalpha(static_cast<unsigned char>(bare[0])) != 0 || bare[0] == '_') &&
      std::all_of(bare.begin(), bare.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$';
      });
  const std::string sequence = (qualified ? quote_identifier(table.schema_name) + "." : "") +
                               (plain ? bare : quote_identifier(bare));
  SequenceStatements out;
  out.create = "CREATE SEQUENCE " + sequence;
  out.set_default_clause =
      clause_alter_column(column, "SET DEFAULT nextval(" + quote_literal(sequence) + ")");
  out.owned_by = "ALTER SEQUENCE " + sequence + " OWNED BY " + table_name(table) + "." +
                 quote_identifier(column);
  out.start_after_existing = "SELECT setval(" + quote_literal(sequence) + ", COALESCE(MAX(" +
                             quote_identifier(column) + "), 0) + 1, false) FROM " +
                             table_name(table);
  return out;
}

}  // namespace schemac::backends::postgres
