// Column types per provider: Prisma's default native type for each scalar, and `@db.*` rendered.
#pragma once

#include <optional>
#include <string>

#include "frontend/db/database.hpp"
#include "ir/schema.hpp"

namespace schemac::frontend::lowering {

// The type Prisma gives a scalar field without `@db.*` (the connector's
// `default_native_type_for_scalar_type`), as its SQL renderer prints it:
//   PostgreSQL  String TEXT, Int INTEGER, BigInt BIGINT, Float DOUBLE PRECISION,
//               Decimal DECIMAL(65,30), Boolean BOOLEAN, DateTime TIMESTAMP(3), Json JSONB,
//               Bytes BYTEA
//   SQLite      TEXT, INTEGER, BIGINT, REAL, DECIMAL, BOOLEAN, DATETIME, JSONB, BLOB
//   MySQL       VARCHAR(191), INTEGER, BIGINT, DOUBLE, DECIMAL(65,30), BOOLEAN, DATETIME(3),
//               JSON, LONGBLOB
// Every string was checked against the oracle's CREATE TABLE output.
[[nodiscard]] std::string default_native_type(ir::Dialect dialect, db::ScalarType scalar);

// `@db.VarChar(255)` → "VARCHAR(255)", `@db.Timestamptz(6)` → "TIMESTAMPTZ(6)",
// `@db.Decimal(10, 2)` → "DECIMAL(10,2)", `@db.DoublePrecision` → "DOUBLE PRECISION"
// (schema-engine's postgres renderer `render_column_type`). nullopt when the name is not a
// native type of the dialect (validation rejects that first).
[[nodiscard]] std::optional<std::string> render_native_type(ir::Dialect dialect,
                                                            const db::NativeType& native);

// The IR family of a Prisma scalar.
[[nodiscard]] ir::TypeFamily family_of(db::ScalarType scalar);

}  // namespace schemac::frontend::lowering
