// The sources `schemac diff` compares: `empty`, a schema, a live database, a migrations folder.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ir/schema.hpp"
#include "support/result.hpp"

namespace schemac::tools {

// How a schema's model and field names map to table and column names (`@@map`, `@map`), for
// the `--rename` and `--backfill` arguments, which speak in Prisma names.
struct ModelNames {
  std::string table;
  std::string schema_name;  // `@@schema`; "" = default
  std::map<std::string, std::string, std::less<>> columns;  // field name -> column name
};

// An implicit many-to-many relation's join table: its columns A and B point at model_a's and
// model_b's tables (Prisma's names, which follow the model names).
struct JoinTable {
  std::string table;
  std::string model_a;
  std::string model_b;
};

struct Source {
  enum class Kind { Empty, Schema, Database, Migrations };
  Kind kind = Kind::Empty;
  std::string label;  // as the user wrote it, without any password
  ir::Schema schema;  // for Empty: no objects, the dialect of the other side
  std::map<std::string, ModelNames, std::less<>> models;  // Schema sources only
  std::vector<JoinTable> join_tables;                     // Schema sources only
};

// What a SRC argument names, before anything is read: Empty has no dialect of its own.
[[nodiscard]] std::optional<ir::Dialect> dialect_of_spec(const std::string& spec);

// Reads a SRC argument (DESIGN.md §2). `other_dialect` is the dialect of the other side, when
// known: `empty` takes it, and a migrations folder without migration_lock.toml assumes it.
// `shadow_database` (a postgresql:// URL, "" = none) is the server a postgresql migrations
// folder is replayed on (backends/postgres/migrations.hpp); a postgresql folder without one is
// an error. Error (one line, passwords redacted) when the source cannot be read; an invalid
// schema also prints its diagnostics to stderr first.
[[nodiscard]] Result<Source> read_source(const std::string& spec,
                                         std::optional<ir::Dialect> other_dialect,
                                         const std::string& shadow_database = "");

}  // namespace schemac::tools
