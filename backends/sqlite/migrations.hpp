// A Prisma migrations folder (`prisma/migrations/<name>/migration.sql`) as a schema source.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "backends/sqlite/connection.hpp"
#include "ir/schema.hpp"
#include "support/migrations_folder.hpp"
#include "support/result.hpp"

namespace schemac::backends::sqlite {

// The folder's migrations in Prisma's order (support/migrations_folder.hpp).
using schemac::list_migrations;
using schemac::MigrationFile;

// Applies every migration of `dir`, in order, to `db`. Error names the migration that failed.
[[nodiscard]] Result<bool> apply_migrations(Connection& db, const std::filesystem::path& dir);

// The schema the folder produces: replayed into a fresh in-memory database, then introspected.
[[nodiscard]] Result<ir::Schema> replay_migrations(const std::filesystem::path& dir);

}  // namespace schemac::backends::sqlite
