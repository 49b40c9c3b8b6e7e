// Prints diagnostics like a compiler: file:line:col, the source line, a caret under the span.
#pragma once

#include <string>

#include "support/diagnostic.hpp"
#include "support/source_manager.hpp"

namespace schemac {

// One whole diagnostic as text, ending in a newline:
//   schema.prisma:12:9: error: field `email` is already defined on model `User`
//      12 |   email String
//         |   ^~~~~
// Notes follow in the same shape. Lines longer than ~120 columns are clipped around the caret.
// The text is assembled whole and written once by the caller, so that diagnostics from several
// files never interleave.
[[nodiscard]] std::string render(const Diagnostic& d, const SourceManager& sources);

// "file:line:col" of a span's start.
[[nodiscard]] std::string render_location(Span span, const SourceManager& sources);

}  // namespace schemac
