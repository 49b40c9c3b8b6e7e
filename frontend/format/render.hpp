// Renders one parsed file as Prisma's formatter does (psl/schema-ast/src/reformat.rs): blocks
// re-indented, fields and properties aligned in tables, block attributes sorted to the end.
#pragma once

#include <string>
#include <string_view>

#include "frontend/ast.hpp"

namespace schemac::frontend::format {

// The formatted text of `file`, whose source text is `source`, indenting by `indent_width`
// spaces. Unreadable lines (CatchAll) and blocks without a keyword are written back as they
// stand. The result always ends with a line break.
[[nodiscard]] std::string render_file(std::string_view source, const ast::SchemaFile& file,
                                      unsigned indent_width);

}  // namespace schemac::frontend::format
