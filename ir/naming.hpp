// Prisma's default names for constraints, indexes and implicit many-to-many join tables.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ir/schema.hpp"

// Authority: prisma-engines psl/psl-core/src/datamodel_connector/constraint_names.rs (defaults
// and truncation) and schema-engine/connectors/sql-schema-connector/src/sql_schema_calculator.rs
// (`push_relation_tables`, the join table). Names are built from database names (after `@map`
// and `@@map`). Every function is pure; `limit` is the dialect's identifier limit in bytes.
// Changing any of these renames objects in databases Prisma created.
namespace schemac::ir::naming {

// PostgreSQL 63, MySQL 64, SQLite 10000 (Prisma's `max_identifier_length` per connector).
[[nodiscard]] std::size_t max_identifier_length(Dialect dialect);

// The longest prefix of `s` of at most `max_bytes` bytes that ends on a UTF-8 character
// boundary (Rust's `floor_char_boundary`).
[[nodiscard]] std::string_view truncate_bytes(std::string_view s, std::size_t max_bytes);

// The first `max_chars` Unicode characters of `s` (Rust's `.chars().take(n)`).
[[nodiscard]] std::string_view truncate_chars(std::string_view s, std::size_t max_chars);

// `{table}_pkey`; the table is cut to limit-5 bytes when it has at least that many.
[[nodiscard]] std::string primary_key_name(std::string_view table, std::size_t limit);

// `{table}_{c1}_{c2}_key`; the joined part is cut to limit-4 bytes when at least that long.
[[nodiscard]] std::string unique_index_name(std::string_view table,
                                            const std::vector<std::string>& columns,
                                            std::size_t limit);

// `{table}_{c1}_{c2}_idx`; same truncation as unique_index_name.
[[nodiscard]] std::string index_name(std::string_view table,
                                     const std::vector<std::string>& columns, std::size_t limit);

// `{table}_{c1}_{c2}_fkey` (table = the referencing table); cut to limit-5 bytes.
[[nodiscard]] std::string foreign_key_name(std::string_view table,
                                           const std::vector<std::string>& columns,
                                           std::size_t limit);

// `{table}_{column}_df` (SQL Server default constraints); cut to limit-3 bytes.
[[nodiscard]] std::string default_constraint_name(std::string_view table, std::string_view column,
                                                  std::size_t limit);

// Implicit many-to-many join tables. `relation_name` is the explicit `@relation("X")` or
// Prisma's `{A}To{B}` (model names, sorted); the table is `_` + it, cut to `limit` characters.
[[nodiscard]] std::string join_table_name(std::string_view relation_name, std::size_t limit);
// `{table}_AB_pkey` (PostgreSQL since Prisma 6) or `{table}_AB_unique`: the table cut to
// limit - suffix characters.
[[nodiscard]] std::string join_table_primary_key_name(std::string_view table, std::size_t limit);
[[nodiscard]] std::string join_table_unique_name(std::string_view table, std::size_t limit);
// `{table}_B_index`: the table cut to limit-8 characters.
[[nodiscard]] std::string join_table_b_index_name(std::string_view table, std::size_t limit);
// `{table}_A_fkey` / `{table}_B_fkey`: the table cut to limit-7 bytes when longer, "to
// completely exclude the possibility of collisions".
[[nodiscard]] std::string join_table_foreign_key_name(std::string_view table, char column,
                                                      std::size_t limit);

}  // namespace schemac::ir::naming
