// A Prisma migrations folder replayed into PostgreSQL: listing it, applying it, and the schema it
// produces in a shadow database made for the purpose.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "backends/postgres/connection.hpp"
#include "backends/postgres/url.hpp"
#include "ir/schema.hpp"
#include "support/migrations_folder.hpp"
#include "support/result.hpp"

namespace schemac::backends::postgres {

// The folder's migrations in Prisma's order (support/migrations_folder.hpp).
using schemac::list_migrations;
using schemac::MigrationFile;

// Applies one migration.sql to `db` as Prisma's schema engine does: the whole file as one
// simple-protocol query, so the server runs it as one implicit transaction unless it has
// BEGIN/COMMIT of its own, and a lone `CREATE INDEX CONCURRENTLY` works. Error (one line)
// names the migration and carries the server's message; a failed file changed nothing unless
// it committed part of itself.
[[nodiscard]] Result<bool> apply_migration(Connection& db, const MigrationFile& migration);

// Applies every migration of `dir`, in order, to `db`; stops at the first that fails.
[[nodiscard]] Result<bool> apply_migrations(Connection& db, const std::filesystem::path& dir);

// The schema the folder produces (namespace `shadow.schema`, Prisma's `?schema=`, default
// public): replayed into a fresh database created on the server of `shadow` (named
// `schemac_shadow_<pid>_<random>`), introspected, and dropped again whatever happens. When the
// server refuses CREATE DATABASE, a fresh schema of that name in `shadow`'s own database is used
// instead (search_path set to it; SQL that names "public" explicitly then lands in that
// database's public schema) and dropped with everything in it. Error (one line, password
// redacted): unreachable server, a migration that fails, a failed introspection.
[[nodiscard]] Result<ir::Schema> replay_migrations(const std::filesystem::path& dir,
                                                   const ConnectionUrl& shadow);

// `url` naming database `database` on the same server, user and parameters.
[[nodiscard]] ConnectionUrl with_database(const ConnectionUrl& url, std::string_view database);

}  // namespace schemac::backends::postgres
