// Enum types (PostgreSQL `calculate_enums`); SQLite stores enums as TEXT and has none.
#include "frontend/lower/context.hpp"

namespace schemac::frontend::lowering {

void lower_enums(Context& ctx) {
  if (ctx.dialect != ir::Dialect::Postgres) {
    return;
  }
  for (const db::Enum& e : ctx.database.enums) {
    ir::Enum out;
    out.name = e.database_name();
    out.schema_name = e.schema.value_or("");
    for (const db::EnumValue& v : e.values) {
      out.values.emplace_back(v.database_name());
    }
    ctx.source_map.add({ir::ObjectKind::Enum, out.schema_name, out.name, {}}, e.span);
    ctx.schema.enums.push_back(std::move(out));
  }
}

}  // namespace schemac::frontend::lowering
