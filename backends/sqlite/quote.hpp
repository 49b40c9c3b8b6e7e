// SQLite quoting: identifiers and string literals, the only way names and text reach SQL.
#pragma once

#include <string>
#include <string_view>

namespace schemac::backends::sqlite {

// `"name"`, with every `"` doubled (SQLite's standard identifier quoting). Prisma prints the name
// between quotes without doubling, which is invalid SQL for a name holding `"` (a `@map` can);
// for every other name the two agree byte for byte.
[[nodiscard]] std::string quote_identifier(std::string_view name);

// `'text'`, with every `'` doubled. SQLite has no backslash escapes: `\` stays as it is.
[[nodiscard]] std::string quote_literal(std::string_view text);

}  // namespace schemac::backends::sqlite
