// CREATE/DROP/ALTER INDEX for PostgreSQL, as Prisma prints them.
#pragma once

#include <string>
#include <string_view>

#include "ir/change.hpp"
#include "ir/schema.hpp"

namespace schemac::backends::postgres {

// `CREATE [UNIQUE] INDEX [CONCURRENTLY ]"name" ON "s"."T"[ USING GIN ]("a" DESC, "b" ops)[ WHERE
// (…)]`: btree indexes print no USING and no space before the column list; other methods print
// ` USING METHOD (`; a column is followed by ` DESC` when descending and by its operator class.
// `concurrently`: the lock-light form, which PostgreSQL refuses inside a transaction block.
[[nodiscard]] std::string render_create_index(const ir::TableRef& table, const ir::Index& index,
                                              bool concurrently = false);

// `DROP INDEX "s"."name"` (an index lives in its table's namespace).
[[nodiscard]] std::string render_drop_index(std::string_view schema_name,
                                            std::string_view index_name);

// `ALTER INDEX "s"."old" RENAME TO "new"` (the new name is never qualified).
[[nodiscard]] std::string render_rename_index(std::string_view schema_name, std::string_view from,
                                              std::string_view to);

}  // namespace schemac::backends::postgres
