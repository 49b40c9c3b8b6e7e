// The PostgreSQL backend: its capabilities, and plan/introspect wired to this folder's functions.
#include "backends/postgres/dialect.hpp"

#include "backends/postgres/introspect.hpp"
#include "backends/postgres/planner.hpp"

namespace schemac::backends::postgres {

namespace {

class PostgresBackend final : public Backend {
 public:
  [[nodiscard]] ir::Dialect dialect() const override { return ir::Dialect::Postgres; }

  [[nodiscard]] const Capabilities& capabilities() const override {
    // PostgreSQL alters columns in place, rolls DDL back, builds indexes concurrently (outside
    // a transaction), names primary keys and has enum types.
    static const Capabilities caps{.transactional_ddl = true,
                                   .alter_column = true,
                                   .concurrent_index = true,
                                   .named_primary_keys = true,
                                   .enum_types = true};
    return caps;
  }

  [[nodiscard]] Result<Plan> plan(const PlanInput& input) const override {
    return postgres::plan(input);
  }

  [[nodiscard]] Result<ir::Schema> introspect(std::string_view location) const override {
    return introspect_url(location);
  }
};

}  // namespace

const Backend& postgres_backend() {
  static const PostgresBackend backend;
  return backend;
}

}  // namespace schemac::backends::postgres
