// A Prisma migrations folder as a schema source (see migrations.hpp).
#include "backends/sqlite/migrations.hpp"

#include <algorithm>
#include <system_error>

#include <fmt/format.h>

#include "backends/sqlite/introspect.hpp"
#include "support/read_file.hpp"

namespace schemac::backends::sqlite {

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
    // migration_lock.toml and any other file beside the folders is not a migration; a folder
    // without migration.sql is skipped, as Prisma skips it.
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
  // localeCompare, which equals byte order on every real history in ../shared/corpus); byte
  // order is the stable, locale-free choice.
  std::sort(out.begin(), out.end(),
            [](const MigrationFile& a, const MigrationFile& b) { return a.name < b.name; });
  return out;
}

Result<bool> apply_migrations(Connection& db, const fs::path& dir) {
  Result<std::vector<MigrationFile>> migrations = list_migrations(dir);
  if (!migrations) {
    return migrations.error();
  }
  for (const MigrationFile& m : migrations.value()) {
    Result<std::string> sql = read_file(m.script.string());
    if (!sql) {
      return Error{fmt::format("migration `{}`: {}", m.name, sql.error().message)};
    }
    // Each migration.sql runs atomically on its own (Connection::execute_script), as Prisma
    // applies one migration at a time: a failure leaves the earlier ones applied.
    if (Result<bool> ran = db.execute_script(sql.value()); !ran) {
      return Error{fmt::format("migration `{}` failed: {}", m.name, ran.error().message)};
    }
  }
  return true;
}

Result<ir::Schema> replay_migrations(const fs::path& dir) {
  Result<Connection> db = Connection::open(":memory:", OpenMode::Create);
  if (!db) {
    return db.error();
  }
  if (Result<bool> applied = apply_migrations(db.value(), dir); !applied) {
    return applied.error();
  }
  return introspect(db.value());
}

}  // namespace schemac::backends::sqlite
