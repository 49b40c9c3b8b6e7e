// Unescaping of string literals: JSON escapes, reported Prisma's way.
#pragma once

#include <string>
#include <string_view>

#include "support/diagnostic.hpp"

namespace schemac::frontend::parse {

// The value of a string literal `raw` (quotes included) that starts at `span.begin`. Unknown
// escapes and malformed `\uXXXX` sequences are dropped from the value and, when `diags` is not
// null, reported with Prisma's messages and spans (psl/schema-ast/src/parser/
// parse_expression.rs). Bytes that are not UTF-8 are copied as they are.
[[nodiscard]] std::string unescape_string(std::string_view raw, Span span, Diagnostics* diags);

}  // namespace schemac::frontend::parse
