// Column types per provider (see native_types.hpp).
#include "frontend/lower/native_types.hpp"

#include <array>
#include <string_view>

namespace schemac::frontend::lowering {

namespace {

// `(a)` / `(a,b)`: Prisma renders native type arguments without spaces.
std::string arguments_suffix(const std::vector<std::string_view>& args) {
  if (args.empty()) {
    return {};
  }
  std::string out = "(";
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (i > 0) {
      out += ',';
    }
    out += args[i];
  }
  out += ')';
  return out;
}

struct NativeName {
  std::string_view prisma;  // after `@db.`
  std::string_view sql;     // rendered, before arguments
};

// psl/psl-core/src/builtin_connectors/postgres_datamodel_connector/native_types.rs names,
// rendered as schema-engine/.../flavour/postgres/renderer.rs `render_column_type` prints them.
constexpr std::array kPostgresTypes = {
    NativeName{"SmallInt", "SMALLINT"},
    NativeName{"Integer", "INTEGER"},
    NativeName{"BigInt", "BIGINT"},
    NativeName{"Decimal", "DECIMAL"},
    NativeName{"Money", "MONEY"},
    NativeName{"Inet", "INET"},
    NativeName{"Oid", "OID"},
    NativeName{"Citext", "CITEXT"},
    NativeName{"Real", "REAL"},
    NativeName{"DoublePrecision", "DOUBLE PRECISION"},
    NativeName{"VarChar", "VARCHAR"},
    NativeName{"Char", "CHAR"},
    NativeName{"Text", "TEXT"},
    NativeName{"ByteA", "BYTEA"},
    NativeName{"Date", "DATE"},
    NativeName{"Timestamp", "TIMESTAMP"},
    NativeName{"Timestamptz", "TIMESTAMPTZ"},
    NativeName{"Time", "TIME"},
    NativeName{"Timetz", "TIMETZ"},
    NativeName{"Boolean", "BOOLEAN"},
    NativeName{"Bit", "BIT"},
    NativeName{"VarBit", "VARBIT"},
    NativeName{"Uuid", "UUID"},
    NativeName{"Xml", "XML"},
    NativeName{"Json", "JSON"},
    NativeName{"JsonB", "JSONB"},
};

// psl/psl-core/src/builtin_connectors/mysql_datamodel_connector/native_types.rs; rendered by
// the mysql renderer in upper case with arguments. Not yet checked against an oracle (the
// oracle has no MySQL adapter): TODO(#2) verify when MySQL lowering is tested.
constexpr std::array kMySqlTypes = {
    NativeName{"Int", "INTEGER"},
    NativeName{"UnsignedInt", "INTEGER UNSIGNED"},
    NativeName{"SmallInt", "SMALLINT"},
    NativeName{"UnsignedSmallInt", "SMALLINT UNSIGNED"},
    NativeName{"TinyInt", "TINYINT"},
    NativeName{"UnsignedTinyInt", "TINYINT UNSIGNED"},
    NativeName{"MediumInt", "MEDIUMINT"},
    NativeName{"UnsignedMediumInt", "MEDIUMINT UNSIGNED"},
    NativeName{"BigInt", "BIGINT"},
    NativeName{"UnsignedBigInt", "BIGINT UNSIGNED"},
    NativeName{"Decimal", "DECIMAL"},
    NativeName{"Float", "FLOAT"},
    NativeName{"Double", "DOUBLE"},
    NativeName{"Bit", "BIT"},
    NativeName{"Char", "CHAR"},
    NativeName{"VarChar", "VARCHAR"},
    NativeName{"Binary", "BINARY"},
    NativeName{"VarBinary", "VARBINARY"},
    NativeName{"TinyBlob", "TINYBLOB"},
    NativeName{"Blob", "BLOB"},
    NativeName{"MediumBlob", "MEDIUMBLOB"},
    NativeName{"LongBlob", "LONGBLOB"},
    NativeName{"TinyText", "TINYTEXT"},
    NativeName{"Text", "TEXT"},
    NativeName{"MediumText", "MEDIUMTEXT"},
    NativeName{"LongText", "LONGTEXT"},
    NativeName{"Date", "DATE"},
    NativeName{"Time", "TIME"},
    NativeName{"DateTime", "DATETIME"},
    NativeName{"Timestamp", "TIMESTAMP"},
    NativeName{"Year", "YEAR"},
    NativeName{"Json", "JSON"},
};

template <std::size_t N>
std::optional<std::string> lookup(const std::array<NativeName, N>& table,
                                  const db::NativeType& native) {
  for (const NativeName& n : table) {
    if (n.prisma == native.name) {
      return std::string(n.sql) + arguments_suffix(native.arguments);
    }
  }
  return std::nullopt;
}

}  // namespace

std::string default_native_type(ir::Dialect dialect, db::ScalarType scalar) {
  using S = db::ScalarType;
  switch (dialect) {
    case ir::Dialect::Postgres:
      switch (scalar) {
        case S::String:
          return "TEXT";
        case S::Boolean:
          return "BOOLEAN";
        case S::Int:
          return "INTEGER";
        case S::BigInt:
          return "BIGINT";
        case S::Float:
          return "DOUBLE PRECISION";
        case S::Decimal:
          return "DECIMAL(65,30)";
        case S::DateTime:
          return "TIMESTAMP(3)";
        case S::Json:
          return "JSONB";
        case S::Bytes:
          return "BYTEA";
      }
      break;
    case ir::Dialect::Sqlite:
      // FIELD.md §5f; Json is JSONB in the engine of Prisma 7.10.1 (checked with the oracle).
      switch (scalar) {
        case S::String:
          return "TEXT";
        case S::Boolean:
          return "BOOLEAN";
        case S::Int:
          return "INTEGER";
        case S::BigInt:
          return "BIGINT";
        case S::Float:
          return "REAL";
        case S::Decimal:
          return "DECIMAL";
        case S::DateTime:
          return "DATETIME";
        case S::Json:
          return "JSONB";
        case S::Bytes:
          return "BLOB";
      }
      break;
    case ir::Dialect::MySql:
      // mysql_datamodel_connector.rs `default_native_type_for_scalar_type`. TODO(#2): verify.
      switch (scalar) {
        case S::String:
          return "VARCHAR(191)";
        case S::Boolean:
          return "BOOLEAN";
        case S::Int:
          return "INTEGER";
        case S::BigInt:
          return "BIGINT";
        case S::Float:
          return "DOUBLE";
        case S::Decimal:
          return "DECIMAL(65,30)";
        case S::DateTime:
          return "DATETIME(3)";
        case S::Json:
          return "JSON";
        case S::Bytes:
          return "LONGBLOB";
      }
      break;
  }
  return "TEXT";
}

std::optional<std::string> render_native_type(ir::Dialect dialect, const db::NativeType& native) {
  switch (dialect) {
    case ir::Dialect::Postgres:
      return lookup(kPostgresTypes, native);
    case ir::Dialect::MySql:
      return lookup(kMySqlTypes, native);
    case ir::Dialect::Sqlite:
      return std::nullopt;  // SQLite has no native type attributes
  }
  return std::nullopt;
}

ir::TypeFamily family_of(db::ScalarType scalar) {
  using S = db::ScalarType;
  switch (scalar) {
    case S::String:
      return ir::TypeFamily::String;
    case S::Boolean:
      return ir::TypeFamily::Boolean;
    case S::Int:
      return ir::TypeFamily::Int;
    case S::BigInt:
      return ir::TypeFamily::BigInt;
    case S::Float:
      return ir::TypeFamily::Float;
    case S::Decimal:
      return ir::TypeFamily::Decimal;
    case S::DateTime:
      return ir::TypeFamily::DateTime;
    case S::Json:
      return ir::TypeFamily::Json;
    case S::Bytes:
      return ir::TypeFamily::Binary;
  }
  return ir::TypeFamily::String;
}

}  // namespace schemac::frontend::lowering
