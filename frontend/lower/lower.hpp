// Lowering: a valid resolved schema → the physical schema Prisma's engine would create.
#pragma once

#include "frontend/validate/validate.hpp"
#include "ir/schema.hpp"
#include "ir/source_map.hpp"

namespace schemac::frontend {

struct LoweredSchema {
  ir::Schema schema;
  ir::SourceMap source_map;  // empty when lowered with SourceMapping::Skip
};

// Whether lower() records where each object came from. The map is one entry (four names and a
// span) per column, key and index: at 10,000 models tens of megabytes and a sort. Callers that
// report only database names (the diff command) skip it.
enum class SourceMapping { Record, Skip };

// The tables, columns, keys, indexes, foreign keys, enums, namespaces and extensions that
// `prisma migrate diff --from-empty` creates for the schema (Prisma 7; authority:
// schema-engine/connectors/sql-schema-connector/src/sql_schema_calculator.rs and its flavour
// files). Providers: postgresql and sqlite; mysql is lowered with unverified type names. Views
// are skipped; `@@ignore`d models and `@ignore`d fields are created, as Prisma does.
//
// Precondition: `validated.valid` (lowering an invalid schema is a bug: it asserts). Never
// fails otherwise. O(tables + columns + relations).
[[nodiscard]] LoweredSchema lower(const ValidatedSchema& validated,
                                  SourceMapping mapping = SourceMapping::Record);

}  // namespace schemac::frontend
