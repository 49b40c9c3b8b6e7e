// Tests for backends/sqlite/render_*: the statement forms Prisma prints, and literals in a
// rebuild's copy.
#include <doctest/doctest.h>

#include "backends/sqlite/render_index.hpp"
#include "backends/sqlite/render_rebuild.hpp"
#include "backends/sqlite/render_table.hpp"
#include "backends/sqlite/types.hpp"

using namespace schemac;
using namespace schemac::backends::sqlite;

namespace {

ir::Column text_column(const std::string& name, bool nullable) {
  ir::Column c;
  c.name = name;
  c.type = {ir::TypeFamily::String, "TEXT", "", false};
  c.nullable = nullable;
  return c;
}

}  // namespace

TEST_CASE("sqlite render: indexes as Prisma prints them") {
  ir::Index index;
  index.name = "T_a_b_idx";
  index.columns = {{"a", ir::SortOrder::Asc, std::nullopt, ""},
                   {"b", ir::SortOrder::Desc, std::nullopt, ""}};
  CHECK(render_create_index("T", index) ==
        std::vector<std::string>{"CREATE INDEX \"T_a_b_idx\" ON \"T\"(\"a\", \"b\" DESC)"});
  SUBCASE("partial: the predicate verbatim after WHERE") {
    index.kind = ir::IndexKind::Unique;
    index.where = "a > 0";
    CHECK(render_create_index("T", index) ==
          std::vector<std::string>{
              "CREATE UNIQUE INDEX \"T_a_b_idx\" ON \"T\"(\"a\", \"b\" DESC) WHERE a > 0"});
  }
  SUBCASE("a reserved sqlite_ name is created with writable_schema on") {
    index.name = "sqlite_x";
    CHECK(render_create_index("T", index) ==
          std::vector<std::string>{"Pragma writable_schema=1",
                                   "CREATE INDEX \"sqlite_x\" ON \"T\"(\"a\", \"b\" DESC)",
                                   "Pragma writable_schema=0"});
  }
  CHECK(render_drop_index("we\"ird") == "DROP INDEX \"we\"\"ird\"");
}

TEST_CASE("sqlite render: types, defaults and affinity") {
  ir::Column c = text_column("c", false);
  c.type.native.clear();
  c.type.family = ir::TypeFamily::Json;
  CHECK(column_type_text(c.type) == "JSONB");
  c.default_value = ir::Default{ir::DefaultKind::Value, {ir::ValueKind::Json, "{}", {}}, "", ""};
  // Prisma 7 prints JSON defaults bare, which SQLite rejects; schemac quotes them.
  CHECK(default_text(c) == "'{}'");
  c.default_value->value = {ir::ValueKind::Bytes, "68656c6c6f", {}};
  CHECK(default_text(c) == "'68656c6c6f'");
  c.default_value = ir::Default{ir::DefaultKind::DbGenerated, {}, "", ""};
  CHECK_FALSE(default_text(c).has_value());  // dbgenerated() without an expression
  CHECK(default_is_constant(c));
  c.default_value = ir::Default{ir::DefaultKind::Now, {}, "", ""};
  CHECK_FALSE(default_is_constant(c));
  CHECK(type_affinity("BIGINT") == Affinity::Integer);
  CHECK(type_affinity("TEXT") == Affinity::Text);
  CHECK(type_affinity("BLOB") == Affinity::Blob);
  CHECK(type_affinity("REAL") == Affinity::Real);
  CHECK(type_affinity("DATETIME") == Affinity::Numeric);
  CHECK(type_affinity("JSONB") == Affinity::Numeric);
  CHECK(type_affinity("BOOLEAN") == Affinity::Numeric);
}

TEST_CASE("sqlite render: a rebuild's copy escapes the default it fills NULLs with") {
  ir::Table from;
  from.name = "T";
  from.columns = {text_column("a", true)};
  ir::Table to = from;
  to.columns[0].nullable = false;
  to.columns[0].default_value =
      ir::Default{ir::DefaultKind::Value, {ir::ValueKind::String, "it's", {}}, "", ""};
  const RenderedRebuild r = render_rebuild({from, to, "T", {}, {}});
  REQUIRE(r.statements.size() == 4);
  CHECK(r.statements[1] ==
        "INSERT INTO \"new_T\" (\"a\") SELECT COALESCE(\"a\", 'it''s') FROM \"T\"");
  CHECK(r.losses.empty());
  CHECK(r.warnings.empty());
}
