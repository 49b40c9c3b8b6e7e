// Reads the SQL Prisma's engine prints for a migration from empty back into an ir::Schema.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ir/schema.hpp"

// Purpose-built for the statements `prisma migrate diff --from-empty --script` emits (CREATE
// SCHEMA / EXTENSION / TYPE … AS ENUM / TABLE / [UNIQUE] INDEX, ALTER TABLE … ADD CONSTRAINT …
// FOREIGN KEY), laid out as Prisma lays them out: one `-- Step` comment line before each
// statement, one column per line. Not a general SQL parser: anything else is reported.
//
// Columns are kept in their rendered form, the only one the SQL has: `type.native` holds the
// whole type as printed (`SERIAL`, `TEXT[]`, `"roles"[]`), `default_value` is a DbGenerated
// default whose expression is the DEFAULT text as printed, `autoincrement` is SQLite's
// AUTOINCREMENT keyword or a PostgreSQL SERIAL type, `nullable` is the absence of NOT NULL.
// tests/corpus/ir/sql_render.hpp brings a lowered schema into the same form.
namespace schemac::test {

struct ReadSchema {
  ir::Schema schema;
  std::vector<std::string> errors;  // statements the reader did not understand
};

[[nodiscard]] ReadSchema read_prisma_sql(std::string_view script, ir::Dialect dialect);

}  // namespace schemac::test
