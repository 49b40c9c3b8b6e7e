// One dialect's backend: what it can do, how it plans changes, how it reads a live database.
#pragma once

#include <string>
#include <string_view>

#include "backends/plan.hpp"
#include "ir/schema.hpp"
#include "support/result.hpp"

namespace schemac::backends {

// The narrow questions the shared code asks of a dialect, instead of naming it.
struct Capabilities {
  bool transactional_ddl = true;       // DDL can be rolled back (SQLite, PostgreSQL: yes)
  bool alter_column = false;           // ALTER COLUMN type/nullability/default in place
  bool concurrent_index = false;       // CREATE INDEX CONCURRENTLY
  bool named_primary_keys = false;     // a primary key has a constraint name
  bool enum_types = false;             // enums are database types (CREATE TYPE … AS ENUM)
};

class Backend {
 public:
  virtual ~Backend() = default;
  [[nodiscard]] virtual ir::Dialect dialect() const = 0;
  [[nodiscard]] virtual const Capabilities& capabilities() const = 0;

  // The staged steps for `input.changes`. Never fails for a valid change list; an Error
  // (one line) only for requests the dialect cannot carry out safely.
  [[nodiscard]] virtual Result<Plan> plan(const PlanInput& input) const = 0;

  // Reads the live database at `location` (a path for SQLite, a URL for PostgreSQL) into the IR.
  // Error (one line, never a password) when it cannot be opened or read.
  [[nodiscard]] virtual Result<ir::Schema> introspect(std::string_view location) const = 0;
};

// The registered backend of a dialect (backends/registry.cpp, an explicit list), or nullptr.
[[nodiscard]] const Backend* backend_for(ir::Dialect dialect);

}  // namespace schemac::backends
