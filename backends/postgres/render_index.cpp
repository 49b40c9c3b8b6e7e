// CREATE/DROP/ALTER INDEX as Prisma prints them (see render_index.hpp). Authority: Prisma's
// libs/sql-ddl/src/postgres.rs (CreateIndex, DropIndex), flavour/postgres/renderer.rs
// (render_rename_index) and the oracle's scripts: `ON "T"("a")` for btree, `ON "T" USING GIN
// ("a" gin_trgm_ops)` otherwise, a partial index's predicate in parentheses.
#include "backends/postgres/render_index.hpp"

#include "backends/postgres/quote.hpp"

namespace schemac::backends::postgres {

namespace {

std::string_view method(ir::IndexAlgorithm a) {
  switch (a) {
    case ir::IndexAlgorithm::BTree:
      return "BTREE";
    case ir::IndexAlgorithm::Hash:
      return "HASH";
    case ir::IndexAlgorithm::Gist:
      return "GIST";
    case ir::IndexAlgorithm::Gin:
      return "GIN";
    case ir::IndexAlgorithm::SpGist:
      return "SPGIST";
    case ir::IndexAlgorithm::Brin:
      return "BRIN";
  }
  return "BTREE";
}

}  // namespace

std::string render_create_index(const ir::TableRef& table, const ir::Index& index,
                                bool concurrently) {
  std::string sql = "CREATE ";
  if (index.kind == ir::IndexKind::Unique) {
    sql += "UNIQUE ";
  }
  sql += "INDEX ";
  if (concurrently) {
    sql += "CONCURRENTLY ";
  }
  sql += quote_identifier(index.name) + " ON " + qualified_name(table.schema_name, table.name);
  if (index.algorithm != ir::IndexAlgorithm::BTree) {
    sql += " USING " + std::string(method(index.algorithm)) + " ";
  }
  sql += "(";
  for (std::size_t i = 0; i < index.columns.size(); ++i) {
    const ir::IndexColumn& c = index.columns[i];
    // An expression in parentheses, which any expression may have and most need.
    sql += (i > 0 ? ", " : "") + (c.expression ? "(" + c.name + ")" : quote_identifier(c.name));
    // PostgreSQL's order: `column [opclass] [ASC | DESC]` (sql-createindex.html).
    if (!c.operator_class.empty()) {
      sql += " " + c.operator_class;
    }
    if (c.sort == ir::SortOrder::Desc) {
      sql += " DESC";
    }
  }
  sql += ")";
  if (!index.where.empty()) {
    sql += " WHERE (" + index.where + ")";
  }
  return sql;
}

std::string render_drop_index(std::string_view schema_name, std::string_view index_name) {
  return "DROP INDEX " + qualified_name(schema_name, index_name);
}

std::string render_rename_index(std::string_view schema_name, std::string_view from,
                                std::string_view to) {
  return "ALTER INDEX " + qualified_name(schema_name, from) + " RENAME TO " + quote_identifier(to);
}

}  // namespace schemac::backends::postgres
