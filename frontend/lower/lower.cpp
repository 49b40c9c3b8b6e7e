// lower(): the passes of frontend/lower/ in sql_schema_calculator.rs's order.
#include "frontend/lower/lower.hpp"

#include <algorithm>

#include "frontend/lower/context.hpp"
#include "ir/naming.hpp"
#include "support/assert.hpp"

namespace schemac::frontend {

namespace {

ir::Dialect dialect_of(db::Provider provider) {
  switch (provider) {
    case db::Provider::PostgreSql:
      return ir::Dialect::Postgres;
    case db::Provider::MySql:
      return ir::Dialect::MySql;
    default:
      return ir::Dialect::Sqlite;
  }
}

// The namespaces Prisma 7 creates (`CREATE SCHEMA IF NOT EXISTS`): those that hold a table or
// an enum, sorted by name; objects without `@@schema` live in the default namespace `public`.
// Checked with the oracle: a schema without models creates none, a `schemas` entry no model or
// enum uses is not created (multi_schema_unused_namespace), `public` included.
std::vector<std::string> namespaces(const ir::Schema& schema) {
  if (schema.dialect != ir::Dialect::Postgres) {
    return {};
  }
  std::vector<std::string> out;
  auto add = [&](const std::string& name) { out.push_back(name.empty() ? "public" : name); };
  for (const ir::Table& t : schema.tables) {
    add(t.schema_name);
  }
  for (const ir::Enum& e : schema.enums) {
    add(e.schema_name);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<ir::Extension> extensions(const db::Database& database, ir::Dialect dialect) {
  std::vector<ir::Extension> out;
  if (dialect != ir::Dialect::Postgres || !database.datasource) {
    return out;
  }
  for (const db::Extension& e : database.datasource->extensions) {
    out.push_back({e.mapped_name.value_or(e.name), e.schema.value_or(""), e.version.value_or("")});
  }
  return out;
}

}  // namespace

LoweredSchema lower(const ValidatedSchema& validated, SourceMapping mapping) {
  SCHEMAC_ASSERT(validated.valid, "lower() needs a schema that validated without errors");
  const db::Database& database = validated.database;
  LoweredSchema out;
  const ir::Dialect dialect = dialect_of(database.provider());
  out.schema.dialect = dialect;
  out.schema.states_partial_indexes = database.has_preview_feature("partialIndexes");
  out.schema.is_database = false;
  out.schema.extensions = extensions(database, dialect);
  lowering::Context ctx{database,   dialect, ir::naming::max_identifier_length(dialect),
                        out.schema, {},      {}};
  ctx.source_map.enabled = mapping == SourceMapping::Record;
  lowering::lower_enums(ctx);
  lowering::lower_model_tables(ctx);
  lowering::lower_foreign_keys(ctx);
  lowering::lower_join_tables(ctx);
  out.schema.namespaces = namespaces(out.schema);
  out.source_map = ir::SourceMap(std::move(ctx.source_map.entries));
  return out;
}

}  // namespace schemac::frontend
