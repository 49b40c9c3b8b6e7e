// A Prisma migrations folder (`prisma/migrations/<name>/migration.sql`) as a schema source.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "backends/sqlite/connection.hpp"
#include "ir/schema.hpp"
#include "support/result.hpp"

namespace schemac::backends::sqlite {

struct MigrationFile {
  std::string name;             // the folder name, e.g. 20240308114656_initial_database
  std::filesystem::path script; // <dir>/<name>/migration.sql
};

// The migrations of `dir` in the order Prisma applies them: by whole folder name, byte order.
// Folders without a migration.sql are skipped, as Prisma skips them. Error when `dir` cannot be
// read.
[[nodiscard]] Result<std::vector<MigrationFile>> list_migrations(const std::filesystem::path& dir);

// Applies every migration of `dir`, in order, to `db`. Error names the migration that failed.
[[nodiscard]] Result<bool> apply_migrations(Connection& db, const std::filesystem::path& dir);

// The schema the folder produces: replayed into a fresh in-memory database, then introspected.
[[nodiscard]] Result<ir::Schema> replay_migrations(const std::filesystem::path& dir);

}  // namespace schemac::backends::sqlite
