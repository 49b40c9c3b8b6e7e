// CREATE/DROP INDEX as Prisma prints them (see render_index.hpp). Authority: Prisma's
// flavour/sqlite/renderer.rs (render_create_index, render_drop_index) and the oracle: a partial
// index's predicate follows `WHERE ` verbatim, a descending column gets ` DESC`, an ascending one
// nothing.
#include "backends/sqlite/render_index.hpp"

#include "backends/sqlite/quote.hpp"

namespace schemac::backends::sqlite {

std::vector<std::string> render_create_index(std::string_view table, const ir::Index& index) {
  std::string sql = "CREATE ";
  if (index.kind == ir::IndexKind::Unique) {
    sql += "UNIQUE ";
  }
  sql += "INDEX " + quote_identifier(index.name) + " ON " + quote_identifier(table) + "(";
  for (std::size_t i = 0; i < index.columns.size(); ++i) {
    if (i > 0) {
      sql += ", ";
    }
    sql += quote_identifier(index.columns[i].name);
    if (index.columns[i].sort == ir::SortOrder::Desc) {
      sql += " DESC";
    }
  }
  sql += ")";
  if (!index.where.empty()) {
    sql += " WHERE " + index.where;
  }
  if (index.name.rfind("sqlite_", 0) == 0) {
    return {"Pragma writable_schema=1", sql, "Pragma writable_schema=0"};
  }
  return {sql};
}

std::string render_drop_index(std::string_view index_name) {
  return "DROP INDEX " + quote_identifier(index_name);
}

}  // namespace schemac::backends::sqlite
