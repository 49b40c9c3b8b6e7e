// Reading the sources of `schemac diff` (see tools/sources.hpp).
#include "tools/sources.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "backends/backend.hpp"
#include "backends/postgres/migrations.hpp"
#include "backends/postgres/url.hpp"
#include "backends/sqlite/migrations.hpp"
#include "frontend/lower/lower.hpp"
#include "frontend/validate/validate.hpp"
#include "tools/load_schema.hpp"

namespace schemac::tools {

namespace {

namespace fs = std::filesystem;

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// `sqlite:PATH` and `file:PATH` (Prisma's form, also `file:./dev.db`) name a SQLite database.
std::optional<std::string> sqlite_path(const std::string& spec) {
  for (const std::string_view prefix : {"sqlite:", "file:"}) {
    if (starts_with(spec, prefix)) {
      return spec.substr(prefix.size());
    }
  }
  return std::nullopt;
}

bool is_postgres_url(const std::string& spec) {
  return starts_with(spec, "postgresql://") || starts_with(spec, "postgres://");
}

std::map<std::string, ModelNames, std::less<>> model_names(
    const frontend::db::Database& database) {
  std::map<std::string, ModelNames, std::less<>> out;
  for (const frontend::db::Model& model : database.models) {
    if (model.is_view) {
      continue;
    }
    ModelNames names;
    names.table = model.database_name();
    names.schema_name = model.schema.value_or("");
    for (const frontend::db::Field& field : model.fields) {
      if (field.is_scalar_like()) {
        names.columns.emplace(field.name, field.database_name());
      }
    }
    out.emplace(model.name, std::move(names));
  }
  return out;
}

std::vector<JoinTable> join_tables(const frontend::db::Database& database) {
  std::vector<JoinTable> out;
  for (const frontend::db::Relation& r : database.relations) {
    if (r.kind == frontend::db::RelationKind::ImplicitManyToMany) {
      out.push_back({std::string(r.join_table_name), std::string(database.models[r.model_a].name),
                     std::string(database.models[r.model_b].name)});
    }
  }
  return out;
}

Result<Source> read_schema(const std::string& spec) {
  auto loaded = load_schema(spec);
  if (!loaded) {
    return loaded.error();
  }
  LoadedSchema& schema = *loaded.value();
  const frontend::ValidatedSchema validated =
      frontend::validate(schema.ast, schema.sources, schema.diagnostics);
  print_diagnostics(schema.diagnostics, schema.sources);
  if (schema.diagnostics.has_errors() || !validated.valid) {
    return Error{fmt::format("{} is invalid; fix the errors above first", spec)};
  }
  switch (validated.database.provider()) {
    case frontend::db::Provider::Sqlite:
    case frontend::db::Provider::PostgreSql:
      break;
    case frontend::db::Provider::None:
      return Error{fmt::format(
          "{} has no datasource block; schemac needs its provider to know the SQL dialect",
          spec)};
    default:
      return Error{fmt::format(
          "{}: schemac writes migrations for the sqlite and postgresql providers only", spec)};
  }
  // The resolved schema holds what lowering needs; the syntax tree can go now, so that
  // lowering reuses its memory instead of touching fresh pages.
  schema.ast = {};
  Source source;
  source.kind = Source::Kind::Schema;
  source.label = spec;
  source.schema = frontend::lower(validated, frontend::SourceMapping::Skip).schema;
  source.models = model_names(validated.database);
  source.join_tables = join_tables(validated.database);
  return source;
}

// migration_lock.toml's `provider = "sqlite"`; nullopt when the file is missing or says nothing.
std::optional<std::string> lock_provider(const fs::path& dir) {
  std::ifstream in(dir / "migration_lock.toml");
  std::string line;
  while (std::getline(in, line)) {
    const auto key = line.find("provider");
    const auto open = line.find('"');
    const auto close = line.rfind('"');
    if (key != std::string::npos && open != std::string::npos && close > open) {
      return line.substr(open + 1, close - open - 1);
    }
  }
  return std::nullopt;
}

// A postgresql folder is replayed on the server --shadow-database names, as Prisma's `migrate
// diff --from-migrations` needs a shadow database (`--shadow-database-url`, Prisma 7: the
// config's `shadowDatabaseUrl`).
Result<ir::Schema> replay_postgres(const fs::path& dir, const std::string& shadow_database) {
  if (shadow_database.empty()) {
    return Error{fmt::format(
        "{} holds postgresql migrations, which must be replayed into a database: add "
        "--shadow-database postgresql://USER@HOST:PORT/DB (a scratch database is created on "
        "that server and dropped afterwards)",
        dir.string())};
  }
  auto url = backends::postgres::parse_url(shadow_database);
  if (!url) {
    return Error{"--shadow-database: " + url.error().message};
  }
  return backends::postgres::replay_migrations(dir, url.value());
}

Result<Source> read_migrations(const std::string& spec, std::optional<ir::Dialect> other,
                               const std::string& shadow_database) {
  const fs::path dir = spec.substr(std::string_view("migrations:").size());
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Error{fmt::format("{}: no such migrations folder", dir.string())};
  }
  // migration_lock.toml says which provider wrote the folder; without one, the other side's.
  const std::string provider =
      lock_provider(dir).value_or(other == ir::Dialect::Postgres ? "postgresql" : "sqlite");
  Result<ir::Schema> schema = Error{""};
  if (provider == "sqlite") {
    schema = backends::sqlite::replay_migrations(dir);
  } else if (provider == "postgresql" || provider == "postgres") {
    schema = replay_postgres(dir, shadow_database);
  } else {
    return Error{fmt::format(
        "{}: replaying {} migrations is not supported; only sqlite and postgresql folders are",
        dir.string(), provider)};
  }
  if (!schema) {
    return schema.error();
  }
  Source source;
  source.kind = Source::Kind::Migrations;
  source.label = spec;
  source.schema = std::move(schema.value());
  return source;
}

}  // namespace

std::optional<ir::Dialect> dialect_of_spec(const std::string& spec) {
  if (sqlite_path(spec)) {
    return ir::Dialect::Sqlite;
  }
  if (is_postgres_url(spec)) {
    return ir::Dialect::Postgres;
  }
  return std::nullopt;
}

Result<Source> read_source(const std::string& spec, std::optional<ir::Dialect> other_dialect,
                           const std::string& shadow_database) {
  if (spec == "empty") {
    Source source;
    source.label = "empty";
    source.schema.dialect = other_dialect.value_or(ir::Dialect::Sqlite);
    return source;
  }
  if (const auto path = sqlite_path(spec)) {
    if (path->empty()) {
      return Error{fmt::format("{}: the database path is missing (write sqlite:PATH)", spec)};
    }
    auto schema = backends::backend_for(ir::Dialect::Sqlite)->introspect(*path);
    if (!schema) {
      return schema.error();
    }
    Source source;
    source.kind = Source::Kind::Database;
    source.label = spec;
    source.schema = std::move(schema.value());
    return source;
  }
  if (is_postgres_url(spec)) {
    auto schema = backends::backend_for(ir::Dialect::Postgres)->introspect(spec);
    if (!schema) {
      return schema.error();
    }
    Source source;
    source.kind = Source::Kind::Database;
    source.label = backends::postgres::redact_url(spec);  // never print a password
    source.schema = std::move(schema.value());
    return source;
  }
  if (starts_with(spec, "migrations:")) {
    return read_migrations(spec, other_dialect, shadow_database);
  }
  return read_schema(spec);
}

}  // namespace schemac::tools
