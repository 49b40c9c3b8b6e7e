// A Prisma migrations folder (`prisma/migrations/<name>/migration.sql`): which migrations it
// holds and in which order Prisma applies them. Each dialect applies them its own way
// (backends/<dialect>/migrations.hpp).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "support/result.hpp"

namespace schemac {

struct MigrationFile {
  std::string name;              // the folder name, e.g. 20240308114656_initial_database
  std::filesystem::path script;  // <dir>/<name>/migration.sql
};

// The migrations of `dir` in the order Prisma applies them: by whole folder name, byte order.
// Folders without a migration.sql are skipped, as Prisma skips them (webstudio keeps 34 folders
// of TypeScript data migrations). Error when `dir` cannot be read.
[[nodiscard]] Result<std::vector<MigrationFile>> list_migrations(const std::filesystem::path& dir);

}  // namespace schemac
