// Model tables: columns, primary keys and indexes (`push_model_tables` of
// schema-engine/connectors/sql-schema-connector/src/sql_schema_calculator.rs).
#include <cctype>

#include "frontend/lower/context.hpp"
#include "frontend/lower/defaults.hpp"
#include "frontend/lower/native_types.hpp"
#include "ir/naming.hpp"

namespace schemac::frontend::lowering {

namespace {

// `JsonbPathOps` → `jsonb_path_ops`, `TimestampTzMinMaxMultiOps` → `timestamptz_minmax_multi_ops`:
// psl's OperatorClass names are PostgreSQL's opclass names in CamelCase, except that PostgreSQL
// writes `minmax`, `varbit`, `timestamptz` and `timetz` as one word.
std::string opclass_sql_name(std::string_view prisma_name) {
  std::string out;
  for (const char c : prisma_name) {
    if (std::isupper(static_cast<unsigned char>(c)) != 0) {
      if (!out.empty()) {
        out += '_';
      }
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      out += c;
    }
  }
  for (const auto& [from, to] :
       {std::pair{"min_max", "minmax"}, std::pair{"var_bit", "varbit"},
        std::pair{"timestamp_tz", "timestamptz"}, std::pair{"time_tz", "timetz"}}) {
    const std::string_view f = from;
    for (std::size_t p = out.find(f); p != std::string::npos; p = out.find(f, p)) {
      out.replace(p, f.size(), to);
    }
  }
  return out;
}

// The resolver keeps `where:` as written, `raw("\"x\" IS NOT NULL")`; the database gets the
// string inside raw(), unescaped (Prisma 7.4 partial indexes; the oracle prints
// `WHERE ("x" IS NOT NULL)`). Text of any other shape is kept as it is.
std::string partial_index_predicate(std::string_view where) {
  constexpr std::string_view open = "raw(\"";
  constexpr std::string_view close = "\")";
  if (where.size() < open.size() + close.size() || where.substr(0, open.size()) != open ||
      where.substr(where.size() - close.size()) != close) {
    return std::string(where);
  }
  const std::string_view body =
      where.substr(open.size(), where.size() - open.size() - close.size());
  std::string out;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\\' || i + 1 == body.size()) {
      out += body[i];
      continue;
    }
    const char next = body[++i];
    switch (next) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      default:
        out += next;
        break;  // \" and \\ and anything else: the character itself
    }
  }
  return out;
}

bool supports_named_primary_keys(ir::Dialect d) {
  return d == ir::Dialect::Postgres;
}

ir::ColumnType column_type(const Context& ctx, const db::Field& field) {
  ir::ColumnType t;
  t.is_array = field.arity == db::Arity::List;
  switch (field.type.kind) {
    case db::FieldTypeKind::Scalar: {
      t.family = family_of(field.type.scalar);
      std::optional<std::string> native;
      if (field.native_type) {
        native = render_native_type(ctx.dialect, *field.native_type);
      }
      t.native = native ? *native : default_native_type(ctx.dialect, field.type.scalar);
      break;
    }
    case db::FieldTypeKind::Enum: {
      const db::Enum& e = ctx.database.enums[field.type.target];
      if (ctx.dialect == ir::Dialect::Postgres) {
        t.family = ir::TypeFamily::Enum;
        t.native = e.database_name();
        t.enum_schema = e.schema.value_or("");
      } else {
        // SQLite: `column_type_for_enum` is the String family, rendered TEXT.
        t.family = ir::TypeFamily::String;
        t.native = default_native_type(ctx.dialect, db::ScalarType::String);
      }
      break;
    }
    case db::FieldTypeKind::Unsupported:
      t.family = ir::TypeFamily::Unsupported;
      t.native = field.type.unsupported;
      break;
    case db::FieldTypeKind::Composite:  // MongoDB only; Prisma would store Json
      t.family = ir::TypeFamily::Json;
      t.native = default_native_type(ctx.dialect, db::ScalarType::Json);
      break;
    case db::FieldTypeKind::Model:
    case db::FieldTypeKind::Unresolved:
      break;
  }
  return t;
}

// Whether the column is an autoincrementing one in the database.
// PostgreSQL: exactly the fields with autoincrement() (SERIAL, BIGSERIAL, SMALLSERIAL).
// SQLite: exactly the single-column Int primary keys, autoincrement() or not: such a column
// is the rowid and Prisma renders `INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT`
// (sql_schema_calculator_flavour/sqlite.rs `field_is_implicit_autoincrement_primary_key`),
// while a BigInt id with autoincrement() is printed `BIGINT NOT NULL PRIMARY KEY`, without the
// keyword, which is what introspection then sees (both checked with the oracle).
bool is_autoincrement(const Context& ctx, const db::Model& model, db::FieldId field) {
  const db::Field& f = model.fields[field];
  if (ctx.dialect != ir::Dialect::Sqlite) {
    return f.default_value && f.default_value->kind == db::DefaultKind::Autoincrement;
  }
  if (!model.primary_key) {
    return false;
  }
  const auto& pk = model.primary_key->fields;
  return pk.size() == 1 && pk[0].field == field && f.type.kind == db::FieldTypeKind::Scalar &&
         f.type.scalar == db::ScalarType::Int;
}

std::vector<ir::IndexColumn> index_columns(const db::Model& model,
                                           const std::vector<db::IndexField>& fields) {
  std::vector<ir::IndexColumn> out;
  out.reserve(fields.size());
  for (const db::IndexField& f : fields) {
    ir::IndexColumn c;
    c.name = model.fields[f.field].database_name();
    c.sort = f.sort == db::SortOrder::Desc ? ir::SortOrder::Desc : ir::SortOrder::Asc;
    c.length = f.length;
    if (f.ops) {
      c.operator_class = f.ops->raw ? f.ops->name : opclass_sql_name(f.ops->name);
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<std::string> column_names(const std::vector<ir::IndexColumn>& columns) {
  std::vector<std::string> out;
  out.reserve(columns.size());
  for (const ir::IndexColumn& c : columns) {
    out.push_back(c.name);
  }
  return out;
}

ir::IndexAlgorithm algorithm(std::optional<db::IndexAlgorithm> a) {
  switch (a.value_or(db::IndexAlgorithm::BTree)) {
    case db::IndexAlgorithm::BTree:
      return ir::IndexAlgorithm::BTree;
    case db::IndexAlgorithm::Hash:
      return ir::IndexAlgorithm::Hash;
    case db::IndexAlgorithm::Gist:
      return ir::IndexAlgorithm::Gist;
    case db::IndexAlgorithm::Gin:
      return ir::IndexAlgorithm::Gin;
    case db::IndexAlgorithm::SpGist:
      return ir::IndexAlgorithm::SpGist;
    case db::IndexAlgorithm::Brin:
      return ir::IndexAlgorithm::Brin;
  }
  return ir::IndexAlgorithm::BTree;
}

void lower_columns(Context& ctx, const db::Model& model, ir::Table& table) {
  table.columns.reserve(model.fields.size());
  for (db::FieldId id = 0; id < model.fields.size(); ++id) {
    const db::Field& field = model.fields[id];
    if (!field.is_scalar_like()) {
      continue;  // relation fields have no column; `@ignore`d scalar fields do
    }
    ir::Column c;
    c.name = field.database_name();
    c.type = column_type(ctx, field);
    // Lists are arrays without NOT NULL (Prisma's ColumnArity::List renders no NOT NULL).
    c.nullable = field.arity != db::Arity::Required;
    c.default_value = lower_default(ctx.database, field, table.name, ctx.dialect);
    c.autoincrement = is_autoincrement(ctx, model, id);
    c.any_default = field.default_value &&
                    field.default_value->kind == db::DefaultKind::DbGenerated &&
                    !field.default_value->db_expression;
    ctx.source_map.add({ir::ObjectKind::Column, table.schema_name, table.name, c.name}, field.span);
    table.columns.push_back(std::move(c));
  }
}

void lower_keys(Context& ctx, const db::Model& model, ir::Table& table) {
  if (model.primary_key) {
    ir::PrimaryKey pk;
    pk.columns = index_columns(model, model.primary_key->fields);
    if (supports_named_primary_keys(ctx.dialect)) {
      pk.name = model.primary_key->mapped_name
                    ? *model.primary_key->mapped_name
                    : ir::naming::primary_key_name(table.name, ctx.identifier_limit);
    }
    ctx.source_map.add({ir::ObjectKind::PrimaryKey, table.schema_name, table.name, pk.name},
                       model.primary_key->span);
    table.primary_key = std::move(pk);
  }
  table.indexes.reserve(model.indexes.size());
  for (const db::Index& index : model.indexes) {
    ir::Index out;
    out.columns = index_columns(model, index.fields);
    switch (index.kind) {
      case db::IndexKind::Unique:
        out.kind = ir::IndexKind::Unique;
        break;
      case db::IndexKind::Normal:
        out.kind = ir::IndexKind::Normal;
        break;
      case db::IndexKind::Fulltext:
        out.kind = ir::IndexKind::Fulltext;
        break;
    }
    if (index.mapped_name) {
      out.name = *index.mapped_name;
    } else if (index.kind == db::IndexKind::Unique) {
      out.name = ir::naming::unique_index_name(table.name, column_names(out.columns),
                                               ctx.identifier_limit);
    } else {
      out.name =
          ir::naming::index_name(table.name, column_names(out.columns), ctx.identifier_limit);
    }
    out.algorithm = algorithm(index.algorithm);
    out.where = index.where ? partial_index_predicate(*index.where) : std::string();
    ctx.source_map.add({ir::ObjectKind::Index, table.schema_name, table.name, out.name},
                       index.span);
    table.indexes.push_back(std::move(out));
  }
}

}  // namespace

void lower_model_tables(Context& ctx) {
  const auto& models = ctx.database.models;
  ctx.table_of_model.assign(models.size(), -1);
  ctx.schema.tables.reserve(models.size());
  for (db::ModelId id = 0; id < models.size(); ++id) {
    const db::Model& model = models[id];
    if (model.is_view) {
      continue;  // migrate never creates views
    }
    ir::Table table;
    table.name = model.database_name();
    table.schema_name = model.schema.value_or("");
    ctx.source_map.add({ir::ObjectKind::Table, table.schema_name, table.name, {}}, model.span);
    lower_columns(ctx, model, table);
    lower_keys(ctx, model, table);
    ctx.table_of_model[id] = static_cast<int>(ctx.schema.tables.size());
    ctx.schema.tables.push_back(std::move(table));
  }
}

}  // namespace schemac::frontend::lowering
