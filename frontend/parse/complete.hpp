// The pass after matching: unescapes string literals and reports, in source order, every
// problem Prisma's parser reports (unreadable lines, legacy syntax, bad escapes).
#pragma once

#include <string_view>

#include "frontend/ast.hpp"
#include "support/diagnostic.hpp"

namespace schemac::frontend::parse {

// `text` is the file `file` was parsed from. Fills every StringLiteral::value.
void complete_file(ast::SchemaFile& file, std::string_view text, Diagnostics& diags);

}  // namespace schemac::frontend::parse
