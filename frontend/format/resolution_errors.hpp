// Whether Prisma's parser database would report an error for a schema: Prisma's formatter only
// adds missing relation fields and attributes when it would not (psl/psl-core/src/reformat.rs,
// reformat_multiple), so the formatter must tell the two cases apart on its own.
#pragma once

#include <string_view>
#include <vector>

#include "frontend/ast.hpp"

namespace schemac::frontend::format {

// True when the schema has an error of the kinds Prisma finds before its validation pipeline:
// unreadable lines and Prisma 1 syntax (parse errors), duplicate names, unknown field types,
// unknown or repeated attributes, `@updatedAt` on a non-DateTime field, several ids, and
// `@relation`, `@@id`, `@@unique` or `@@index` arguments naming fields that do not exist or are
// relation fields. A subset of psl/parser-database (names.rs, types.rs, attributes.rs): an error
// it misses makes the formatter add fields where Prisma would only re-layout.
[[nodiscard]] bool schema_has_resolution_errors(const ast::Schema& schema);

}  // namespace schemac::frontend::format
