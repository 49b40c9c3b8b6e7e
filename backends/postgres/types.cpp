// PostgreSQL column types and defaults (see types.hpp). Authority: flavour/postgres/renderer.rs
// (render_column_type_postgres, render_default), checked against the oracle's scripts.
#include "backends/postgres/types.hpp"

#include "backends/postgres/quote.hpp"

namespace schemac::backends::postgres {

namespace {

std::string plain_element_type(const ir::Column& column) {
  const ir::ColumnType& t = column.type;
  if (t.family == ir::TypeFamily::Enum) {
    return qualified_name(t.enum_schema, t.native);
  }
  if (!t.native.empty()) {
    return t.native;
  }
  // An IR built without native types (a hand-made one): Prisma's default native types.
  switch (t.family) {
    case ir::TypeFamily::Int:
      return "INTEGER";
    case ir::TypeFamily::BigInt:
      return "BIGINT";
    case ir::TypeFamily::Float:
      return "DOUBLE PRECISION";
    case ir::TypeFamily::Decimal:
      return "DECIMAL(65,30)";
    case ir::TypeFamily::Boolean:
      return "BOOLEAN";
    case ir::TypeFamily::DateTime:
      return "TIMESTAMP(3)";
    case ir::TypeFamily::Json:
      return "JSONB";
    case ir::TypeFamily::Binary:
      return "BYTEA";
    case ir::TypeFamily::String:
    case ir::TypeFamily::Enum:
    case ir::TypeFamily::Unsupported:
      break;
  }
  return "TEXT";
}

std::string value_text(const ir::Value& value, const std::string& list_type) {
  switch (value.kind) {
    case ir::ValueKind::Number:
    case ir::ValueKind::Boolean:
      return value.text;
    case ir::ValueKind::Bytes:
      // postgresql.org/docs/current/datatype-binary.html, the hex format.
      return quote_literal("\\x" + value.text);
    case ir::ValueKind::String:
    case ir::ValueKind::DateTime:
    case ir::ValueKind::Json:
    case ir::ValueKind::EnumValue:
      return quote_literal(value.text);
    case ir::ValueKind::List: {
      std::string out = "ARRAY[";
      for (std::size_t i = 0; i < value.items.size(); ++i) {
        out += (i > 0 ? ", " : "") + value_text(value.items[i], list_type);
      }
      return out + "]::" + list_type;
    }
  }
  return value.text;
}

}  // namespace

std::string element_type_text(const ir::Column& column) {
  if (column.autoincrement && column.type.family != ir::TypeFamily::Enum) {
    const std::string& native = column.type.native;
    if (native == "INTEGER") {
      return "SERIAL";
    }
    if (native == "BIGINT") {
      return "BIGSERIAL";
    }
    if (native == "SMALLINT") {
      return "SMALLSERIAL";
    }
  }
  return plain_element_type(column);
}

std::string column_type_text(const ir::Column& column) {
  return element_type_text(column) + (column.type.is_array ? "[]" : "");
}

std::string cast_type_text(const ir::Column& column) {
  return plain_element_type(column) + (column.type.is_array ? "[]" : "");
}

std::optional<std::string> default_text(const ir::Column& column) {
  if (!column.default_value) {
    return std::nullopt;
  }
  const ir::Default& d = *column.default_value;
  switch (d.kind) {
    case ir::DefaultKind::Now:
      return std::string("CURRENT_TIMESTAMP");
    case ir::DefaultKind::DbGenerated:
      if (d.expression.empty()) {
        return std::nullopt;
      }
      return d.expression;
    case ir::DefaultKind::Sequence:
      return std::nullopt;
    case ir::DefaultKind::Value:
      // Prisma casts a list to the column's full type, as rendered (`"roles"[]`).
      return value_text(d.value, column_type_text(column));
  }
  return std::nullopt;
}

}  // namespace schemac::backends::postgres
