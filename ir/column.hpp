// A table column of the IR: its type, nullability and database default.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/optional_box.hpp"

namespace schemac::ir {

// The Prisma scalar a column holds (schema-engine's ColumnTypeFamily, narrowed to what a Prisma
// schema can express). An introspector maps a native type to the scalar `prisma db pull` would
// give it (UUID → String), so the family of a lowered and an introspected column agree.
enum class TypeFamily {
  String,
  Int,
  BigInt,
  Float,
  Decimal,
  Boolean,
  DateTime,
  Json,
  Binary,
  Enum,         // a PostgreSQL enum type (SQLite stores enums as TEXT: family String there)
  Unsupported,  // `Unsupported("…")`: native holds the type verbatim
};

[[nodiscard]] std::string_view type_family_name(TypeFamily f);  // "String", "Enum", ...

struct ColumnType {
  TypeFamily family = TypeFamily::String;
  // The element type exactly as Prisma renders it, without `[]` and without SERIAL rewriting:
  // "TEXT", "VARCHAR(255)", "TIMESTAMP(3)", "DOUBLE PRECISION", "DECIMAL(65,30)". For an enum,
  // the enum type's database name (unquoted). Autoincrement is the column's flag, not a type:
  // PostgreSQL renders INTEGER + autoincrement as SERIAL.
  std::string native;
  std::string enum_schema;  // family Enum: the enum's namespace; "" = default
  bool is_array = false;    // PostgreSQL scalar lists: `TEXT[]`
  bool operator==(const ColumnType&) const = default;
};

// A literal default, normalised to the form Prisma stores and renders, so that equality is
// meaningful: numbers as written (`1.50`, Prisma keeps the scale), strings unescaped, date-times
// as `YYYY-MM-DD HH:MM:SS[.fff] +HH:MM`, bytes as lowercase hex, enum values by database name.
enum class ValueKind { String, Number, Boolean, DateTime, Json, Bytes, EnumValue, List };

struct Value {
  ValueKind kind = ValueKind::String;
  std::string text;          // everything but List
  std::vector<Value> items;  // List
  bool operator==(const Value&) const = default;
};

enum class DefaultKind {
  Value,        // a literal: `value`
  Now,          // now() → CURRENT_TIMESTAMP
  DbGenerated,  // dbgenerated("expr"): `expression` verbatim
  Sequence,     // a named sequence (CockroachDB `sequence()`): `expression` holds its name
};

struct Default {
  DefaultKind kind = DefaultKind::Value;
  Value value;
  std::string expression;
  std::string constraint_name;  // SQL Server default constraints; "" elsewhere
  bool operator==(const Default&) const = default;
};

struct Column {
  std::string name;
  ColumnType type;
  bool nullable = false;  // scalar lists are nullable arrays in the database
  // None for client-side defaults (uuid(), cuid(), nanoid(), ulid(), @updatedAt) and for
  // autoincrement, which is the flag below.
  // Boxed: most columns have none, and inline it doubled the size of every column.
  OptionalBox<Default> default_value;
  // PostgreSQL SERIAL/BIGSERIAL/SMALLSERIAL; SQLite INTEGER PRIMARY KEY AUTOINCREMENT, which
  // Prisma gives every single-column Int primary key there and nothing else (a BigInt id with
  // autoincrement() gets no keyword).
  bool autoincrement = false;
  // `@default(dbgenerated())` without an expression: the database keeps a default the schema
  // does not spell out, whatever it is. Nothing is rendered for it, and the differ compares no
  // default against it, as Prisma does (DbGenerated(None)).
  bool any_default = false;
  bool operator==(const Column&) const = default;
};

}  // namespace schemac::ir
