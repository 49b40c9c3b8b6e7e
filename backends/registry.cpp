// The registered backends: an explicit list (self-registering statics are silently dropped from
// static libraries). Adding a dialect adds one line here.
#include "backends/backend.hpp"
#include "backends/postgres/dialect.hpp"
#include "backends/sqlite/dialect.hpp"

namespace schemac::backends {

const Backend* backend_for(ir::Dialect dialect) {
  switch (dialect) {
    case ir::Dialect::Sqlite:
      return &sqlite::sqlite_backend();
    case ir::Dialect::Postgres:
      return &postgres::postgres_backend();
    case ir::Dialect::MySql:
      return nullptr;
  }
  return nullptr;
}

}  // namespace schemac::backends
