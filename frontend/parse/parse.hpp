// The parser's public entry points: Prisma schema text to syntax tree, never failing.
#pragma once

#include <vector>

#include "frontend/ast.hpp"
#include "support/diagnostic.hpp"
#include "support/source_manager.hpp"

namespace schemac::frontend {

// Parses one file; never throws, never fails as a whole; problems become diagnostics.
// Lines the grammar cannot read become CatchAll members and are reported with Prisma's
// messages; the tree holds views into `sources`, which must outlive it. Linear in the size of
// the file; expressions nested deeper than 64 levels are not read (reported).
[[nodiscard]] ast::SchemaFile parse_file(const SourceManager& sources, FileId file,
                                         Diagnostics& diags);

// Parses every file of a schema (a multi-file schema folder is several files), in order.
[[nodiscard]] ast::Schema parse_schema(const SourceManager& sources,
                                       const std::vector<FileId>& files, Diagnostics& diags);

}  // namespace schemac::frontend
