// Prisma's default constraint names (psl-core datamodel_connector/constraint_names.rs).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace schemac::frontend::db {

// Each takes database names (table and column names after @map/@@map) and the provider's
// identifier limit (max_identifier_length). Names are cut, at a UTF-8 boundary, so that name
// plus suffix stays below the limit, exactly as Prisma does (">= limit - suffix" cuts to
// "limit - suffix" bytes).
[[nodiscard]] std::string primary_key_name(std::string_view table, std::size_t limit);
[[nodiscard]] std::string unique_index_name(std::string_view table,
                                            const std::vector<std::string>& columns,
                                            std::size_t limit);
[[nodiscard]] std::string non_unique_index_name(std::string_view table,
                                                const std::vector<std::string>& columns,
                                                std::size_t limit);
[[nodiscard]] std::string foreign_key_name(std::string_view table,
                                           const std::vector<std::string>& columns,
                                           std::size_t limit);

}  // namespace schemac::frontend::db
