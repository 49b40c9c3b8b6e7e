// PostgreSQL quoting: identifiers, qualified names and string literals, the only way names and
// text reach PostgreSQL SQL.
#pragma once

#include <string>
#include <string_view>

namespace schemac::backends::postgres {

// `"name"`, with every `"` doubled. Prisma prints the name between quotes without doubling
// (invalid SQL for a name holding `"`, which a `@map` can); for every other name the two agree.
[[nodiscard]] std::string quote_identifier(std::string_view name);

// `'text'`, with every `'` doubled. With standard_conforming_strings on (the default since
// PostgreSQL 9.1, and what Prisma assumes) a backslash is an ordinary character.
[[nodiscard]] std::string quote_literal(std::string_view text);

// A table, type or index name with its namespace: `"users"."Test"`. The default namespace ("")
// and `public` are left unqualified, as Prisma 7 prints them (a `@@schema("public")` table is
// `"Test2"` in multi_schema_basic's script).
[[nodiscard]] std::string qualified_name(std::string_view schema_name, std::string_view name);

// `name` cut to PostgreSQL's 63-byte identifier limit at a UTF-8 boundary, minus room for
// `suffix`, then `suffix` appended: the rule Prisma applies to derived constraint names.
[[nodiscard]] std::string constraint_name(std::string_view name, std::string_view suffix);

}  // namespace schemac::backends::postgres
