// The front end's public entry: resolve a parsed schema and check every rule Prisma checks.
#pragma once

#include "frontend/ast.hpp"
#include "frontend/db/database.hpp"
#include "support/diagnostic.hpp"
#include "support/source_manager.hpp"

namespace schemac::frontend {

struct ValidatedSchema {
  db::Database database;
  // True when validation pushed no error. Lowering must only run on valid schemas: with
  // errors, `database` holds only what could be resolved.
  bool valid = false;
};

// Resolves and validates; every problem found goes into diags (all of them, not just the
// first), in Prisma's wording. Warnings (e.g. deprecated preview features) do not make the
// schema invalid.
[[nodiscard]] ValidatedSchema validate(const ast::Schema& schema, const SourceManager& sources,
                                       Diagnostics& diags);

}  // namespace schemac::frontend
