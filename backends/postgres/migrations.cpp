// A Prisma migrations folder replayed into PostgreSQL (see migrations.hpp).
#include "backends/postgres/migrations.hpp"

#include <algorithm>
#include <random>
#include <system_error>
#include <unistd.h>

#include <fmt/format.h>

#include "backends/postgres/introspect.hpp"
#include "backends/postgres/quote.hpp"
#include "support/read_file.hpp"

namespace schemac::backends::postgres {

namespace fs = std::filesystem;

namespace {

// `schemac_shadow_<pid>_<random>`: unique per run on a shared server, and recognisable as
// schemac's if a crash ever leaves one behind.
std::string shadow_name() {
  std::random_device device;
  std::mt19937_64 random(device());
  return fmt::format("schemac_shadow_{}_{:08x}", ::getpid(), random() & 0xffffffffu);
}

// The database (or schema) replayed into, dropped when the replay is over, pass or fail.
class ShadowGuard {
 public:
  ShadowGuard(Connection& admin, std::string drop_sql)
      : admin_(admin), drop_sql_(std::move(drop_sql)) {}

  ShadowGuard(const ShadowGuard&) = delete;
  ShadowGuard& operator=(const ShadowGuard&) = delete;

  ~ShadowGuard() {
    if (!dropped_) {
      auto ignored = admin_.query(drop_sql_);
      (void)ignored;
    }
  }

  // The drop on the success path, whose failure the caller reports.
  [[nodiscard]] Result<bool> drop() {
    dropped_ = true;
    if (auto done = admin_.query(drop_sql_); !done) {
      return done.error();
    }
    return true;
  }

 private:
  Connection& admin_;
  std::string drop_sql_;
  bool dropped_ = false;
};

// The URL's database path replaced: `scheme://authority/DATABASE?parameters`.
std::string replace_database(const std::string& url, std::string_view database) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string::npos) {
    return url;
  }
  const std::size_t path = url.find_first_of("/?", scheme_end + 3);
  if (path == std::string::npos) {
    return url + "/" + std::string(database);
  }
  const std::size_t query = url.find('?', path);
  const std::size_t end = query == std::string::npos ? url.size() : query;
  return url.substr(0, path) + "/" + std::string(database) + url.substr(end);
}

// Prisma's shadow database gets the URL's `?schema=` namespace too: created when it is not the
// default public, and made the search path so that unqualified SQL lands there.
Result<bool> use_namespace(Connection& db, const std::string& schema, bool create) {
  std::string sql;
  if (create) {
    sql += "CREATE SCHEMA IF NOT EXISTS " + quote_identifier(schema) + "; ";
  }
  sql += "SET search_path TO " + quote_identifier(schema);
  if (auto done = db.execute_script(sql); !done) {
    return Error{fmt::format("cannot prepare the shadow namespace `{}` on {}: {}", schema,
                             db.redacted_url(), done.error().message)};
  }
  return true;
}

Result<ir::Schema> replay_and_introspect(Connection& db, const fs::path& dir,
                                         const std::string& schema) {
  // The server's NOTICEs (`… does not exist, skipping` of a DROP … IF EXISTS) would reach
  // stderr through libpq; Prisma shows none of them either.
  if (auto quiet = db.execute_script("SET client_min_messages TO warning"); !quiet) {
    return quiet.error();
  }
  if (auto applied = apply_migrations(db, dir); !applied) {
    return applied.error();
  }
  return introspect(db, schema);
}

// The fallback when CREATE DATABASE is refused: a schema of the shadow's own database.
Result<ir::Schema> replay_into_schema(Connection& admin, const fs::path& dir,
                                      const std::string& name) {
  if (auto created = admin.query("CREATE SCHEMA " + quote_identifier(name)); !created) {
    return Error{fmt::format("cannot create a shadow database or schema on {}: {}",
                             admin.redacted_url(), created.error().message)};
  }
  ShadowGuard guard(admin, "DROP SCHEMA IF EXISTS " + quote_identifier(name) + " CASCADE");
  if (auto used = use_namespace(admin, name, false); !used) {
    return used.error();
  }
  Result<ir::Schema> schema = replay_and_introspect(admin, dir, name);
  if (!schema) {
    return schema;
  }
  if (auto dropped = guard.drop(); !dropped) {
    return Error{fmt::format("cannot drop the shadow schema `{}` on {}: {}", name,
                             admin.redacted_url(), dropped.error().message)};
  }
  return schema;
}

bool is_permission_denied(const Error& error) {
  return error.message.find("permission denied") != std::string::npos;
}

}  // namespace

Result<bool> apply_migration(Connection& db, const MigrationFile& migration) {
  Result<std::string> sql = read_file(migration.script.string());
  if (!sql) {
    return Error{fmt::format("migration `{}`: {}", migration.name, sql.error().message)};
  }
  // Prisma's engine sends the whole file in one simple-query message, adding no BEGIN/COMMIT
  // (prisma-engines sql-schema-connector flavour/postgres/connection.rs,
  // apply_migration_script; ../shared/FIELD.md §5e): Connection::execute_script does the same.
  Result<bool> ran = db.execute_script(sql.value());
  // Prisma 7.4+ (prisma-engines#5767) also accepts a file that mixes CREATE or DROP INDEX
  // CONCURRENTLY with other statements, which PostgreSQL refuses in one multi-statement query
  // (SQLSTATE 25001, "cannot run inside a transaction block"): the engine then runs the file
  // statement by statement. The failed attempt changed nothing (its implicit transaction was
  // rolled back), so the same fallback is safe here. No history in ../shared/corpus needs it:
  // its CONCURRENTLY migrations are all a lone statement.
  if (!ran &&
      ran.error().message.find("cannot run inside a transaction block") != std::string::npos) {
    const Result<std::size_t> split = db.execute_statements(sql.value());
    if (split) {
      return true;
    }
    ran = split.error();
  }
  if (!ran) {
    return Error{fmt::format("migration `{}` failed: {}", migration.name, ran.error().message)};
  }
  return true;
}

Result<bool> apply_migrations(Connection& db, const fs::path& dir) {
  Result<std::vector<MigrationFile>> migrations = list_migrations(dir);
  if (!migrations) {
    return migrations.error();
  }
  for (const MigrationFile& m : migrations.value()) {
    if (Result<bool> ran = apply_migration(db, m); !ran) {
      return ran;
    }
  }
  return true;
}

ConnectionUrl with_database(const ConnectionUrl& url, std::string_view database) {
  ConnectionUrl out = url;
  out.libpq_uri = replace_database(url.libpq_uri, database);
  out.redacted = replace_database(url.redacted, database);
  return out;
}

Result<ir::Schema> replay_migrations(const fs::path& dir, const ConnectionUrl& shadow) {
  // Read the folder first: a missing folder should not cost a connection.
  if (auto listed = list_migrations(dir); !listed) {
    return listed.error();
  }
  Result<Connection> admin = Connection::open(shadow);
  if (!admin) {
    return Error{"the shadow database: " + admin.error().message};
  }
  const std::string name = shadow_name();
  if (auto created = admin.value().query("CREATE DATABASE " + quote_identifier(name)); !created) {
    if (is_permission_denied(created.error())) {
      return replay_into_schema(admin.value(), dir, name);
    }
    return Error{fmt::format("cannot create a shadow database on {}: {}", shadow.redacted,
                             created.error().message)};
  }
  // FORCE (PostgreSQL 13+) also ends sessions a failed replay left open.
  const std::string force = admin.value().server_version() >= 130000 ? " WITH (FORCE)" : "";
  ShadowGuard guard(admin.value(), "DROP DATABASE IF EXISTS " + quote_identifier(name) + force);
  Result<ir::Schema> schema = [&]() -> Result<ir::Schema> {
    Result<Connection> db = Connection::open(with_database(shadow, name));
    if (!db) {
      return Error{"the shadow database: " + db.error().message};
    }
    if (shadow.schema != "public") {
      if (auto used = use_namespace(db.value(), shadow.schema, true); !used) {
        return used.error();
      }
    }
    return replay_and_introspect(db.value(), dir, shadow.schema);
  }();  // the connection to the shadow database is closed here, before the drop
  if (!schema) {
    return schema;
  }
  if (auto dropped = guard.drop(); !dropped) {
    return Error{fmt::format("cannot drop the shadow database `{}` on {}: {}", name,
                             shadow.redacted, dropped.error().message)};
  }
  return schema;
}

}  // namespace schemac::backends::postgres
