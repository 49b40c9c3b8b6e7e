// The SQLite backend: its capabilities, and plan/introspect wired to this folder's functions.
#include "backends/sqlite/dialect.hpp"

#include <string>

#include "backends/sqlite/connection.hpp"
#include "backends/sqlite/introspect.hpp"
#include "backends/sqlite/planner.hpp"

namespace schemac::backends::sqlite {

namespace {

class SqliteBackend final : public Backend {
 public:
  [[nodiscard]] ir::Dialect dialect() const override { return ir::Dialect::Sqlite; }

  [[nodiscard]] const Capabilities& capabilities() const override {
    // SQLite's ALTER TABLE adds, renames and drops columns but changes nothing in place; DDL is
    // transactional; there are no enum types and primary keys have no name.
    static const Capabilities caps{.transactional_ddl = true,
                                   .alter_column = false,
                                   .concurrent_index = false,
                                   .named_primary_keys = false,
                                   .enum_types = false};
    return caps;
  }

  [[nodiscard]] Result<Plan> plan(const PlanInput& input) const override {
    return sqlite::plan(input);
  }

  [[nodiscard]] Result<ir::Schema> introspect(std::string_view location) const override {
    Result<Connection> db = Connection::open(std::string(location), OpenMode::ReadOnly);
    if (!db) {
      return db.error();
    }
    return sqlite::introspect(db.value());
  }
};

}  // namespace

const Backend& sqlite_backend() {
  static const SqliteBackend backend;
  return backend;
}

}  // namespace schemac::backends::sqlite
