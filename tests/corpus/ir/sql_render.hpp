// Brings a lowered schema into the rendered form tests/corpus/ir/sql_reader.hpp reads:
// column types and defaults as Prisma's renderers print them. The first step towards SQL
// rendering; it lives with the test until backends/ renders scripts.
#pragma once

#include "ir/schema.hpp"

namespace schemac::test {

// Column types become their printed text (PostgreSQL: SERIAL for an autoincrement INTEGER,
// `"schema"."Enum"`, `[]` for lists), defaults become DbGenerated defaults holding their
// printed DEFAULT text. PostgreSQL's `public` namespace is written as the default (""), as
// the engine prints objects of the default schema unqualified.
[[nodiscard]] ir::Schema rendered_form(const ir::Schema& lowered);

// Only the namespace part of rendered_form: `public` written as the default ("").
[[nodiscard]] ir::Schema unqualify_default_namespace(ir::Schema schema);

}  // namespace schemac::test
