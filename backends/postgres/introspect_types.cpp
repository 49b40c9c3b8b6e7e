// Catalog types to IR column types (see introspect_types.hpp).
#include "backends/postgres/introspect_types.hpp"

#include <array>

#include <fmt/format.h>

namespace schemac::backends::postgres {

namespace {

// How a type's modifier is printed after its name.
enum class Modifier { None, Length, BitLength, Precision, NumericPrecisionScale };

struct KnownType {
  std::string_view typname;
  std::string_view native;  // as frontend/lower/native_types.cpp renders it
  ir::TypeFamily family;
  Modifier modifier;
};

using F = ir::TypeFamily;

// get_column_type_family in schema-engine/sql-schema-describer/src/postgres.rs; `native` is
// the name of render_column_type in .../flavour/postgres/renderer.rs.
constexpr std::array kKnownTypes = {
    KnownType{"int2", "SMALLINT", F::Int, Modifier::None},
    KnownType{"int4", "INTEGER", F::Int, Modifier::None},
    KnownType{"int8", "BIGINT", F::BigInt, Modifier::None},
    KnownType{"oid", "OID", F::Int, Modifier::None},
    KnownType{"float4", "REAL", F::Float, Modifier::None},
    KnownType{"float8", "DOUBLE PRECISION", F::Float, Modifier::None},
    KnownType{"bool", "BOOLEAN", F::Boolean, Modifier::None},
    KnownType{"text", "TEXT", F::String, Modifier::None},
    KnownType{"varchar", "VARCHAR", F::String, Modifier::Length},
    KnownType{"bpchar", "CHAR", F::String, Modifier::Length},
    KnownType{"date", "DATE", F::DateTime, Modifier::None},
    KnownType{"bytea", "BYTEA", F::Binary, Modifier::None},
    KnownType{"json", "JSON", F::Json, Modifier::None},
    KnownType{"jsonb", "JSONB", F::Json, Modifier::None},
    KnownType{"uuid", "UUID", F::String, Modifier::None},
    KnownType{"xml", "XML", F::String, Modifier::None},
    KnownType{"bit", "BIT", F::String, Modifier::BitLength},
    KnownType{"varbit", "VARBIT", F::String, Modifier::BitLength},
    KnownType{"numeric", "DECIMAL", F::Decimal, Modifier::NumericPrecisionScale},
    KnownType{"money", "MONEY", F::Decimal, Modifier::None},
    KnownType{"time", "TIME", F::DateTime, Modifier::Precision},
    KnownType{"timetz", "TIMETZ", F::DateTime, Modifier::Precision},
    KnownType{"timestamp", "TIMESTAMP", F::DateTime, Modifier::Precision},
    KnownType{"timestamptz", "TIMESTAMPTZ", F::DateTime, Modifier::Precision},
    KnownType{"inet", "INET", F::String, Modifier::None},
};

// The `(…)` suffix of a type modifier; "" when the column has none (typmod -1). Encodings
// from PostgreSQL's varchar.c (length + VARHDRSZ), varbit.c (length), numeric.c
// (((precision << 16) | scale) + VARHDRSZ) and timestamp.c/date.c (precision).
std::string modifier_suffix(Modifier m, int typmod) {
  constexpr int kVarHdrSz = 4;
  switch (m) {
    case Modifier::None:
      return {};
    case Modifier::Length:
      return typmod >= kVarHdrSz ? fmt::format("({})", typmod - kVarHdrSz) : std::string();
    case Modifier::BitLength:
    case Modifier::Precision:
      return typmod >= 0 ? fmt::format("({})", typmod) : std::string();
    case Modifier::NumericPrecisionScale: {
      if (typmod < kVarHdrSz) {
        return {};
      }
      const int t = typmod - kVarHdrSz;
      // The scale is an 11-bit signed field since PostgreSQL 15 (negative scales).
      int scale = t & 0x7ff;
      if ((scale & 0x400) != 0) {
        scale -= 0x800;
      }
      return fmt::format("({},{})", (t >> 16) & 0xffff, scale);
    }
  }
  return {};
}

}  // namespace

ir::ColumnType column_type(const CatalogType& t) {
  ir::ColumnType out;
  out.is_array = t.is_array;
  // citext is an extension's type and lives wherever the extension was created.
  if (t.namespace_ == "pg_catalog" || t.name == "citext") {
    if (t.name == "citext") {
      out.family = F::String;
      out.native = "CITEXT";
      return out;
    }
    for (const KnownType& k : kKnownTypes) {
      if (k.typname == t.name) {
        out.family = k.family;
        out.native = std::string(k.native) + modifier_suffix(k.modifier, t.typmod);
        return out;
      }
    }
  }
  if (t.kind == 'e') {
    out.family = F::Enum;
    out.native = t.name;
    return out;
  }
  out.family = F::Unsupported;
  out.native = t.formatted;
  return out;
}

}  // namespace schemac::backends::postgres
