// SQLite column types, defaults and affinity (see types.hpp).
#include "backends/sqlite/types.hpp"

#include <algorithm>
#include <cctype>

#include "backends/sqlite/quote.hpp"

namespace schemac::backends::sqlite {

namespace {

std::string_view family_type_text(ir::TypeFamily family) {
  switch (family) {
    case ir::TypeFamily::Boolean:
      return "BOOLEAN";
    case ir::TypeFamily::DateTime:
      return "DATETIME";
    case ir::TypeFamily::Float:
      return "REAL";
    case ir::TypeFamily::Decimal:
      return "DECIMAL";
    case ir::TypeFamily::Int:
      return "INTEGER";
    case ir::TypeFamily::BigInt:
      return "BIGINT";
    case ir::TypeFamily::Binary:
      return "BLOB";
    case ir::TypeFamily::Json:
      return "JSONB";
    case ir::TypeFamily::String:
    case ir::TypeFamily::Enum:
    case ir::TypeFamily::Unsupported:
      return "TEXT";
  }
  return "TEXT";
}

std::string value_text(const ir::Value& value) {
  switch (value.kind) {
    case ir::ValueKind::Number:
    case ir::ValueKind::Boolean:
      return value.text;
    case ir::ValueKind::Json:
      // Prisma 7 prints JSON defaults bare (`DEFAULT {}`), which SQLite rejects ("unrecognized
      // token"), so its own script fails; as a string literal the default works and Prisma's
      // engine reads the database as in sync (checked with the oracle). The one deliberate
      // difference from Prisma's script text: tests/unit/sqlite_plan/parity_test.cpp.
      return quote_literal(value.text);
    case ir::ValueKind::String:
    case ir::ValueKind::DateTime:
    case ir::ValueKind::EnumValue:
    case ir::ValueKind::Bytes:  // already lowercase hex, as Prisma's format_hex prints it
      return quote_literal(value.text);
    case ir::ValueKind::List:
      break;  // SQLite has no scalar lists; lowering never gives one a list default
  }
  return quote_literal(value.text);
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

}  // namespace

std::string column_type_text(const ir::ColumnType& type) {
  return type.native.empty() ? std::string(family_type_text(type.family)) : type.native;
}

std::optional<std::string> default_text(const ir::Column& column) {
  if (!column.default_value) {
    return std::nullopt;
  }
  const ir::Default& d = *column.default_value;
  switch (d.kind) {
    case ir::DefaultKind::Value:
      return value_text(d.value);
    case ir::DefaultKind::Now:
      return std::string("CURRENT_TIMESTAMP");
    case ir::DefaultKind::DbGenerated:
      // Prisma drops `dbgenerated()` without an expression (DbGenerated(None)).
      if (d.expression.empty()) {
        return std::nullopt;
      }
      return d.expression;
    case ir::DefaultKind::Sequence:
      return std::nullopt;  // CockroachDB only; Prisma's SQLite renderer skips it too
  }
  return std::nullopt;
}

bool default_is_constant(const ir::Column& column) {
  if (!default_text(column)) {
    return true;
  }
  return column.default_value->kind == ir::DefaultKind::Value;
}

Affinity type_affinity(std::string_view declared_type) {
  std::string upper(declared_type);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  if (contains(upper, "INT")) {
    return Affinity::Integer;
  }
  if (contains(upper, "CHAR") || contains(upper, "CLOB") || contains(upper, "TEXT")) {
    return Affinity::Text;
  }
  if (contains(upper, "BLOB") || upper.empty()) {
    return Affinity::Blob;
  }
  if (contains(upper, "REAL") || contains(upper, "FLOA") || contains(upper, "DOUB")) {
    return Affinity::Real;
  }
  return Affinity::Numeric;
}

}  // namespace schemac::backends::sqlite
