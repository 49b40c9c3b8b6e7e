// Building the resolved schema from the syntax tree: Prisma's passes, in Prisma's order.
#pragma once

#include "frontend/ast.hpp"
#include "frontend/db/database.hpp"
#include "support/diagnostic.hpp"
#include "support/source_manager.hpp"

namespace schemac::frontend::db {

// Runs the passes of psl/parser-database/src/lib.rs in order: configuration, names (duplicate
// and reserved names), types (field types resolved to scalars, enums, composite types, models),
// attributes (typed @id, @unique, @@index, @default, @relation, ...), relations (inference).
// Never fails: every problem goes into `diags`. After a name or type resolution error the
// later passes are skipped, so one typo does not cascade; the result then holds what was
// resolved so far (its relations are empty). Syntax errors already in `diags` do not stop it.
[[nodiscard]] Database build_database(const ast::Schema& schema, const SourceManager& sources,
                                      Diagnostics& diags);

}  // namespace schemac::frontend::db
