// `schemac format`: Prisma's `prisma format` over a parsed schema, byte for byte.
#pragma once

#include <string>
#include <vector>

#include "frontend/ast.hpp"
#include "support/source_manager.hpp"

namespace schemac::frontend {

struct FormattedFile {
  FileId file;
  std::string text;
};

// Prisma's `prisma format` (indent 2) over a parsed schema, one result per file of `schema` in
// the same order; works on invalid schemas too. Like Prisma, it first completes 1:1 and 1:n
// relations (missing relation fields, their scalar fields, `@relation` and its arguments) unless
// the schema has name, type or attribute errors (see format/resolution_errors.hpp), then lays
// every file out. Cost: linear in the text, plus one re-parse when relation fields are added.
[[nodiscard]] std::vector<FormattedFile> format_schema(const SourceManager& sources,
                                                       const ast::Schema& schema);

}  // namespace schemac::frontend
