// CREATE INDEX and DROP INDEX for SQLite, as Prisma prints them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ir/schema.hpp"

namespace schemac::backends::sqlite {

// `CREATE [UNIQUE] INDEX "name" ON "table"("a", "b" DESC)[ WHERE predicate]`: one statement,
// or three when the name starts with `sqlite_` (SQLite reserves such names; Prisma brackets the
// CREATE with `Pragma writable_schema=1` / `Pragma writable_schema=0`, and so do we, for parity).
[[nodiscard]] std::vector<std::string> render_create_index(std::string_view table,
                                                           const ir::Index& index);

// `DROP INDEX "name"`.
[[nodiscard]] std::string render_drop_index(std::string_view index_name);

}  // namespace schemac::backends::sqlite
