// The PostgreSQL renderers: quoting, types and defaults, CREATE TABLE, indexes, foreign keys,
// enums and extensions, each as Prisma prints it (tests/corpus/ir/expected/ and the oracle).
#include <doctest/doctest.h>

#include "backends/postgres/quote.hpp"
#include "backends/postgres/render_alter.hpp"
#include "backends/postgres/render_enum.hpp"
#include "backends/postgres/render_extension.hpp"
#include "backends/postgres/render_foreign_key.hpp"
#include "backends/postgres/render_index.hpp"
#include "backends/postgres/render_table.hpp"
#include "backends/postgres/types.hpp"

using namespace schemac;
using namespace schemac::backends::postgres;

namespace {

ir::Column col(std::string name, ir::TypeFamily family, std::string native, bool nullable = false) {
  ir::Column c;
  c.name = std::move(name);
  c.type.family = family;
  c.type.native = std::move(native);
  c.nullable = nullable;
  return c;
}

ir::Default value_default(ir::ValueKind kind, std::string text) {
  ir::Default d;
  d.value = ir::Value{kind, std::move(text), {}};
  return d;
}

}  // namespace

TEST_CASE("postgres quote: identifiers and literals double their quote character") {
  CHECK(quote_identifier("User") == "\"User\"");
  CHECK(quote_identifier("a\"b") == "\"a\"\"b\"");
  CHECK(quote_literal("it's") == "'it''s'");
  // standard_conforming_strings: a backslash is an ordinary character.
  CHECK(quote_literal("a\\b") == "'a\\b'");
}

TEST_CASE("postgres quote: public and the default namespace are not qualified") {
  CHECK(qualified_name("", "T") == "\"T\"");
  CHECK(qualified_name("public", "T") == "\"T\"");
  CHECK(qualified_name("users", "T") == "\"users\".\"T\"");
}

TEST_CASE("postgres quote: derived constraint names fit in 63 bytes at a UTF-8 boundary") {
  const std::string long_name(70, 'x');
  const std::string n = constraint_name(long_name, "_not_null");
  CHECK(n.size() == 63);
  CHECK(n.substr(n.size() - 9) == "_not_null");
  // 26 two-byte characters are 52 bytes; the cut at 54 keeps 27 whole characters at most.
  std::string accents;
  for (int i = 0; i < 30; ++i) {
    accents += "\xC3\xA9";  // é
  }
  const std::string cut = constraint_name(accents, "_not_null");
  CHECK(cut.size() <= 63);
  CHECK((cut.size() - 9) % 2 == 0);
  CHECK(constraint_name("T_c", "_not_null") == "T_c_not_null");
}

TEST_CASE("postgres types: SERIAL for autoincrement, enums qualified, lists with []") {
  ir::Column id = col("id", ir::TypeFamily::Int, "INTEGER");
  id.autoincrement = true;
  CHECK(column_type_text(id) == "SERIAL");
  CHECK(cast_type_text(id) == "INTEGER");
  id.type.native = "BIGINT";
  CHECK(column_type_text(id) == "BIGSERIAL");
  id.type.native = "SMALLINT";
  CHECK(column_type_text(id) == "SMALLSERIAL");

  ir::Column role = col("role", ir::TypeFamily::Enum, "UserType");
  role.type.enum_schema = "users";
  CHECK(column_type_text(role) == "\"users\".\"UserType\"");
  role.type.enum_schema = "";
  role.type.is_array = true;
  CHECK(column_type_text(role) == "\"UserType\"[]");

  ir::Column circle = col("x", ir::TypeFamily::Unsupported, "circle", true);
  CHECK(render_column(circle) == "\"x\" circle");
}

TEST_CASE("postgres types: defaults as Prisma renders them") {
  ir::Column c = col("c", ir::TypeFamily::String, "TEXT");
  CHECK(!default_text(c));
  c.default_value = value_default(ir::ValueKind::String, "it's");
  CHECK(default_text(c) == "'it''s'");
  c.default_value = value_default(ir::ValueKind::Json, "{\"a\": 1}");
  CHECK(default_text(c) == "'{\"a\": 1}'");
  c.default_value = value_default(ir::ValueKind::Bytes, "68656c6c6f");
  CHECK(default_text(c) == "'\\x68656c6c6f'");
  c.default_value = value_default(ir::ValueKind::Number, "1.50");
  CHECK(default_text(c) == "1.50");
  c.default_value = ir::Default{ir::DefaultKind::Now, {}, "", ""};
  CHECK(default_text(c) == "CURRENT_TIMESTAMP");
  c.default_value = ir::Default{ir::DefaultKind::DbGenerated, {}, "gen_random_uuid()", ""};
  CHECK(default_text(c) == "gen_random_uuid()");

  ir::Column roles = col("roles", ir::TypeFamily::Enum, "roles", true);
  roles.type.is_array = true;
  ir::Default list;
  list.value.kind = ir::ValueKind::List;
  list.value.items = {{ir::ValueKind::EnumValue, "user", {}},
                      {ir::ValueKind::EnumValue, "ADMIN", {}}};
  roles.default_value = list;
  CHECK(render_column(roles) ==
        "\"roles\" \"roles\"[] DEFAULT ARRAY['user', 'ADMIN']::\"roles\"[]");
}

TEST_CASE("postgres render_table: Prisma's layout, the primary key last, columns joined by ,") {
  ir::Table t;
  t.name = "Test";
  t.schema_name = "users";
  t.columns = {col("a", ir::TypeFamily::Int, "INTEGER"),
               col("b", ir::TypeFamily::String, "TEXT", true)};
  t.primary_key = ir::PrimaryKey{
      "Test_pkey",
      {{"a", ir::SortOrder::Asc, std::nullopt, ""}, {"b", ir::SortOrder::Asc, std::nullopt, ""}}};
  CHECK(render_create_table(t) ==
        "CREATE TABLE \"users\".\"Test\" (\n"
        "    \"a\" INTEGER NOT NULL,\n"
        "    \"b\" TEXT,\n"
        "\n"
        "    CONSTRAINT \"Test_pkey\" PRIMARY KEY (\"a\",\"b\")\n"
        ")");
  t.primary_key.reset();
  t.schema_name = "public";
  CHECK(render_create_table(t) ==
        "CREATE TABLE \"Test\" (\n    \"a\" INTEGER NOT NULL,\n    \"b\" TEXT\n)");
  CHECK(render_drop_table(t) == "DROP TABLE \"Test\"");
}

TEST_CASE("postgres render_index: methods, operator classes, sort orders, predicates") {
  const ir::TableRef people{"", "people"};
  ir::Index i;
  i.name = "people_email_idx";
  i.columns = {{"email", ir::SortOrder::Asc, std::nullopt, ""}};
  CHECK(render_create_index(people, i) ==
        "CREATE INDEX \"people_email_idx\" ON \"people\"(\"email\")");
  i.where = "\"spouseId\" IS NOT NULL";
  CHECK(render_create_index(people, i) ==
        "CREATE INDEX \"people_email_idx\" ON \"people\"(\"email\") WHERE (\"spouseId\" IS NOT "
        "NULL)");
  i.where.clear();
  i.kind = ir::IndexKind::Unique;
  CHECK(render_create_index(people, i, true) ==
        "CREATE UNIQUE INDEX CONCURRENTLY \"people_email_idx\" ON \"people\"(\"email\")");
  i.kind = ir::IndexKind::Normal;
  i.algorithm = ir::IndexAlgorithm::Gin;
  i.columns = {{"name", ir::SortOrder::Asc, std::nullopt, "gin_trgm_ops"},
               {"meta", ir::SortOrder::Asc, std::nullopt, "jsonb_path_ops"}};
  CHECK(render_create_index({"app", "people"}, i) ==
        "CREATE INDEX \"people_email_idx\" ON \"app\".\"people\" USING GIN (\"name\" gin_trgm_ops, "
        "\"meta\" jsonb_path_ops)");
  // PostgreSQL's grammar: the operator class comes before DESC.
  i.algorithm = ir::IndexAlgorithm::BTree;
  i.columns = {{"key", ir::SortOrder::Desc, std::nullopt, "text_pattern_ops"}};
  CHECK(render_create_index(people, i) ==
        "CREATE INDEX \"people_email_idx\" ON \"people\"(\"key\" text_pattern_ops DESC)");
  CHECK(render_drop_index("app", "i") == "DROP INDEX \"app\".\"i\"");
  CHECK(render_rename_index("app", "a", "b") == "ALTER INDEX \"app\".\"a\" RENAME TO \"b\"");
}

TEST_CASE("postgres render_foreign_key: both actions, composite columns, NOT VALID") {
  ir::ForeignKey fk;
  fk.name = "Post_a_b_fkey";
  fk.columns = {"a", "b"};
  fk.referenced_schema = "s";
  fk.referenced_table = "User";
  fk.referenced_columns = {"x", "y"};
  fk.on_delete = ir::ReferentialAction::SetNull;
  fk.on_update = ir::ReferentialAction::NoAction;
  CHECK(render_add_foreign_key({"", "Post"}, fk) ==
        "ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_a_b_fkey\" FOREIGN KEY (\"a\", \"b\") "
        "REFERENCES \"s\".\"User\"(\"x\", \"y\") ON DELETE SET NULL ON UPDATE NO ACTION");
  CHECK(render_add_foreign_key({"", "Post"}, fk, true).find(" ON UPDATE NO ACTION NOT VALID") !=
        std::string::npos);
  CHECK(render_drop_constraint({"", "Post"}, "Post_a_b_fkey") ==
        "ALTER TABLE \"Post\" DROP CONSTRAINT \"Post_a_b_fkey\"");
  CHECK(render_validate_constraint({"", "Post"}, "n") ==
        "ALTER TABLE \"Post\" VALIDATE CONSTRAINT \"n\"");
}

TEST_CASE("postgres render_enum and render_extension") {
  const ir::Enum e{"UserType", "users", {"A", "B'"}};
  CHECK(render_create_enum(e) == "CREATE TYPE \"users\".\"UserType\" AS ENUM ('A', 'B''')");
  CHECK(render_drop_enum(e) == "DROP TYPE \"users\".\"UserType\"");
  CHECK(render_create_extension({"pg_trgm", "", ""}) ==
        "CREATE EXTENSION IF NOT EXISTS \"pg_trgm\"");
  CHECK(render_create_extension({"uuid-ossp", "meow", "2.1"}) ==
        "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA \"meow\" VERSION \"2.1\"");
  CHECK(render_create_extension({"postgis", "", "3.3.2"}) ==
        "CREATE EXTENSION IF NOT EXISTS \"postgis\" WITH VERSION \"3.3.2\"");
}

TEST_CASE("postgres render_alter: casts say how values convert") {
  const ir::Column before = col("n", ir::TypeFamily::String, "TEXT");
  const ir::Column after = col("n", ir::TypeFamily::Int, "INTEGER");
  CHECK(clause_set_data_type(before, after) ==
        "ALTER COLUMN \"n\" SET DATA TYPE INTEGER USING (\"n\"::INTEGER)");
  ir::Column role = col("n", ir::TypeFamily::Enum, "Role");
  CHECK(clause_set_data_type(role, after) ==
        "ALTER COLUMN \"n\" SET DATA TYPE INTEGER USING (\"n\"::text::INTEGER)");
  CHECK(clause_set_data_type(before, role) ==
        "ALTER COLUMN \"n\" SET DATA TYPE \"Role\" USING (\"n\"::\"Role\")");
  ir::Column list = before;
  list.type.is_array = true;
  CHECK(clause_set_data_type(before, list) ==
        "ALTER COLUMN \"n\" SET DATA TYPE TEXT[] USING (ARRAY[\"n\"::TEXT])");
  CHECK(clause_set_data_type(list, after) ==
        "ALTER COLUMN \"n\" SET DATA TYPE INTEGER USING (\"n\"[1]::INTEGER)");
  CHECK(clause_add_column(before) == "ADD COLUMN     \"n\" TEXT NOT NULL");
}
