// Reading a live SQLite database into the IR.
#pragma once

#include <string>

#include "backends/sqlite/connection.hpp"
#include "ir/schema.hpp"
#include "support/result.hpp"

namespace schemac::backends::sqlite {

// Where introspection learns what the tables hold.
enum class FactSource {
  // The CREATE texts, read in one query over sqlite_schema and parsed (ddl_reader.hpp); when a
  // text holds anything that parser does not fully understand, SQLite's pragmas for the whole
  // database instead.
  Automatic,
  // SQLite's pragmas (pragma_reader.hpp) only: the reference the other source is tested against.
  Pragmas,
};

struct IntrospectOptions {
  FactSource source = FactSource::Automatic;
};

struct Introspection {
  ir::Schema schema;
  bool used_pragmas = false;  // the facts came from the pragmas
  std::string why_pragmas;    // with Automatic: what the CREATE text reader gave up on
};

// The tables of the database (not sqlite_*, not Prisma's `_prisma_migrations`, not Cloudflare
// D1's `_cf_*` and `d1_migrations`, as Prisma leaves them out), with columns
// (declared types mapped to Prisma's type family, NOT NULL, defaults normalised to the IR's
// value forms), primary keys (AUTOINCREMENT as the column's flag), unique and plain indexes
// (not the automatic ones), and foreign keys with their constraint names and actions. A
// database made by Prisma's own SQL for a schema introspects equal to that schema lowered.
// Both fact sources give the same schema (tests/corpus/sqlite/fact_sources_test.cpp).
[[nodiscard]] Result<Introspection> introspect(Connection& db, const IntrospectOptions& options);

// introspect() with the default options, the schema only.
[[nodiscard]] Result<ir::Schema> introspect(Connection& db);

}  // namespace schemac::backends::sqlite
