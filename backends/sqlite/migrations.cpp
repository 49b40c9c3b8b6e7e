// A Prisma migrations folder as a schema source (see migrations.hpp).
#include "backends/sqlite/migrations.hpp"

#include <algorithm>
#include <system_error>

#include <fmt/format.h>

#include "backends/sqlite/introspect.hpp"
#include "support/read_file.hpp"

namespace schemac::backends::sqlite {

namespace fs = std::filesystem;

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
