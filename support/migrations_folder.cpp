#include "support/migrations_folder.hpp"

#include <algorithm>
#include <system_error>

#include <fmt/format.h>

namespace schemac {

namespace fs = std::filesystem;

Result<std::vector<MigrationFile>> list_migrations(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Error{fmt::format("cannot read migrations folder `{}`: {}", dir.string(),
                             fs::exists(dir, ec) ? "not a folder" : "no such folder")};
  }
  std::vector<MigrationFile> out;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    // migration_lock.toml and any other file beside the folders is not a migration.
    std::error_code entry_ec;
    if (!it->is_directory(entry_ec)) {
      continue;
    }
    fs::path script = it->path() / "migration.sql";
    if (!fs::is_regular_file(script, entry_ec)) {
      continue;
    }
    out.push_back(MigrationFile{it->path().filename().string(), std::move(script)});
  }
  if (ec) {
    return Error{fmt::format("cannot read migrations folder `{}`: {}", dir.string(), ec.message())};
  }
  // Prisma applies migrations in the order of their whole folder names (the CLI sorts them with
  // localeCompare, which equals byte order on every real history in ../shared/corpus, odd names
  // such as langfuse's `… copy` and umami's `01_init` included); byte order is locale-free.
  std::sort(out.begin(), out.end(),
            [](const MigrationFile& a, const MigrationFile& b) { return a.name < b.name; });
  return out;
}

}  // namespace schemac
