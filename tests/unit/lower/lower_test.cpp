// Tests for frontend/lower: each expectation is what Prisma 7.10.1's engine printed for the
// equivalent schema (../shared/oracle/bin/prisma-diff --from empty --raw), noted per case.
#include "frontend/lower/lower.hpp"

#include <doctest/doctest.h>

#include "tests/unit/lower/db_builder.hpp"

using namespace schemac;
using namespace schemac::test;
using db::Arity;
using db::ScalarType;

namespace {

const ir::Column& column(const ir::Schema& s, std::string_view table, std::string_view name) {
  const ir::Table* t = s.find_table(table);
  REQUIRE(t != nullptr);
  const ir::Column* c = t->find_column(name);
  REQUIRE(c != nullptr);
  return *c;
}

db::Database every_scalar(db::Provider provider) {
  db::Database d = database(provider);
  d.models.push_back(model("T",
                           {scalar("id", ScalarType::String), scalar("i", ScalarType::Int),
                            scalar("bi", ScalarType::BigInt), scalar("f", ScalarType::Float),
                            scalar("d", ScalarType::Decimal), scalar("b", ScalarType::Boolean),
                            scalar("dt", ScalarType::DateTime), scalar("j", ScalarType::Json),
                            scalar("by", ScalarType::Bytes, Arity::Optional)},
                           {0}));
  return d;
}

std::vector<std::string> natives(const ir::Table& t) {
  std::vector<std::string> out;
  for (const auto& c : t.columns) {
    out.push_back(c.type.native);
  }
  return out;
}

}  // namespace

TEST_CASE("lower: default native types per provider") {
  SUBCASE("postgresql") {
    const auto s = frontend::lower(validated(every_scalar(db::Provider::PostgreSql))).schema;
    CHECK(natives(s.tables[0]) ==
          std::vector<std::string>{"TEXT", "INTEGER", "BIGINT", "DOUBLE PRECISION",
                                   "DECIMAL(65,30)", "BOOLEAN", "TIMESTAMP(3)", "JSONB", "BYTEA"});
    CHECK(s.tables[0].primary_key->name == "T_pkey");
    CHECK(s.namespaces == std::vector<std::string>{"public"});
  }
  SUBCASE("sqlite: no named primary key, no namespaces, Json is JSONB") {
    const auto s = frontend::lower(validated(every_scalar(db::Provider::Sqlite))).schema;
    CHECK(natives(s.tables[0]) == std::vector<std::string>{"TEXT", "INTEGER", "BIGINT", "REAL",
                                                           "DECIMAL", "BOOLEAN", "DATETIME",
                                                           "JSONB", "BLOB"});
    CHECK(s.tables[0].primary_key->name.empty());
    CHECK(s.namespaces.empty());
    CHECK(column(s, "T", "by").nullable);
    CHECK_FALSE(column(s, "T", "i").nullable);
  }
}

TEST_CASE("lower: @db native types render as Prisma's postgres renderer prints them") {
  db::Database d = database(db::Provider::PostgreSql);
  d.models.push_back(model("T",
                           {with_native(scalar("a", ScalarType::String), "VarChar", {"255"}),
                            with_native(scalar("b", ScalarType::Decimal), "Decimal", {"10", "2"}),
                            with_native(scalar("c", ScalarType::DateTime), "Timestamptz", {"6"}),
                            with_native(scalar("d", ScalarType::DateTime), "Timestamptz"),
                            with_native(scalar("e", ScalarType::Float), "DoublePrecision"),
                            with_native(scalar("f", ScalarType::String), "Uuid"),
                            with_native(scalar("g", ScalarType::Int), "SmallInt"),
                            with_native(scalar("h", ScalarType::String), "Char", {"3"})},
                           {}));
  const auto s = frontend::lower(validated(d)).schema;
  CHECK(natives(s.tables[0]) ==
        std::vector<std::string>{"VARCHAR(255)", "DECIMAL(10,2)", "TIMESTAMPTZ(6)", "TIMESTAMPTZ",
                                 "DOUBLE PRECISION", "UUID", "SMALLINT", "CHAR(3)"});
  CHECK(s.tables[0].columns[5].type.family == ir::TypeFamily::String);
}

TEST_CASE("lower: autoincrement is a column flag; SQLite Int ids get it implicitly") {
  auto d = database(db::Provider::Sqlite);
  d.models.push_back(model("Cat", {scalar("sid", ScalarType::Int)}, {0}));
  d.models.push_back(
      model("Comp", {scalar("a", ScalarType::Int), scalar("b", ScalarType::String)}, {0, 1}));
  d.models.push_back(model("S", {scalar("id", ScalarType::String)}, {0}));
  d.models.push_back(model(
      "U", {with_default(scalar("id", ScalarType::Int), db::DefaultKind::Autoincrement)}, {0}));
  SUBCASE(
      "sqlite: INTEGER PRIMARY KEY AUTOINCREMENT for a lone Int id, with or without the default") {
    const auto s = frontend::lower(validated(d)).schema;
    CHECK(column(s, "Cat", "sid").autoincrement);
    CHECK_FALSE(column(s, "Comp", "a").autoincrement);
    CHECK_FALSE(column(s, "S", "id").autoincrement);
    CHECK(column(s, "U", "id").autoincrement);
    CHECK_FALSE(column(s, "U", "id").default_value);
  }
  SUBCASE("sqlite: a BigInt id with autoincrement() is a plain BIGINT PRIMARY KEY") {
    d.models[3].fields[0].type.scalar = ScalarType::BigInt;
    const auto s = frontend::lower(validated(d)).schema;
    CHECK_FALSE(column(s, "U", "id").autoincrement);
    CHECK(column(s, "U", "id").type.native == "BIGINT");
  }
  SUBCASE("postgresql: only autoincrement() (SERIAL), the native type stays INTEGER") {
    d.datasource->provider = db::Provider::PostgreSql;
    const auto s = frontend::lower(validated(d)).schema;
    CHECK_FALSE(column(s, "Cat", "sid").autoincrement);
    CHECK(column(s, "U", "id").autoincrement);
    CHECK(column(s, "U", "id").type.native == "INTEGER");
    CHECK(s.find_table("Comp")->primary_key->name == "Comp_pkey");
  }
}

TEST_CASE("lower: only database defaults reach the column") {
  auto d = database(db::Provider::PostgreSql);
  db::Field gen = with_default(scalar("g", ScalarType::String), db::DefaultKind::DbGenerated);
  gen.default_value->db_expression = "gen_random_uuid()";
  d.models.push_back(
      model("T",
            {with_default(scalar("uuid", ScalarType::String), db::DefaultKind::Uuid),
             with_default(scalar("cuid", ScalarType::String), db::DefaultKind::Cuid),
             with_default(scalar("now", ScalarType::DateTime), db::DefaultKind::Now), gen,
             with_default(scalar("empty_gen", ScalarType::DateTime), db::DefaultKind::DbGenerated),
             with_literal(scalar("s", ScalarType::String, Arity::Optional), db::LiteralKind::String,
                          "it's"),
             with_literal(scalar("i", ScalarType::Int), db::LiteralKind::Number, "-1"),
             with_literal(scalar("f", ScalarType::Float), db::LiteralKind::Number, "-0.50"),
             with_literal(scalar("k", ScalarType::Decimal), db::LiteralKind::String, "2.5"),
             with_literal(scalar("dt", ScalarType::DateTime), db::LiteralKind::String,
                          "2020-01-01T00:00:00Z"),
             with_literal(scalar("by", ScalarType::Bytes), db::LiteralKind::String, "aGVsbG8="),
             with_literal(scalar("j", ScalarType::Json), db::LiteralKind::String, "{\"a\": 1}"),
             with_literal(scalar("b", ScalarType::Boolean), db::LiteralKind::Boolean, "true")},
            {}));
  const auto s = frontend::lower(validated(d)).schema;
  CHECK_FALSE(column(s, "T", "uuid").default_value);
  CHECK_FALSE(column(s, "T", "cuid").default_value);
  CHECK(column(s, "T", "now").default_value->kind == ir::DefaultKind::Now);
  CHECK(column(s, "T", "g").default_value->expression == "gen_random_uuid()");
  CHECK_FALSE(column(s, "T", "empty_gen").default_value);  // `dbgenerated()`: no default
  using V = ir::Value;
  using K = ir::ValueKind;
  CHECK(column(s, "T", "s").default_value->value == V{K::String, "it's", {}});
  CHECK(column(s, "T", "i").default_value->value == V{K::Number, "-1", {}});
  CHECK(column(s, "T", "f").default_value->value == V{K::Number, "-0.50", {}});
  CHECK(column(s, "T", "k").default_value->value == V{K::Number, "2.5", {}});
  CHECK(column(s, "T", "dt").default_value->value ==
        V{K::DateTime, "2020-01-01 00:00:00 +00:00", {}});
  CHECK(column(s, "T", "by").default_value->value == V{K::Bytes, "68656c6c6f", {}});
  CHECK(column(s, "T", "j").default_value->value == V{K::Json, "{\"a\": 1}", {}});
  CHECK(column(s, "T", "b").default_value->value == V{K::Boolean, "true", {}});
}

TEST_CASE("lower: enums are PostgreSQL types with mapped names; TEXT on SQLite") {
  auto d = database(db::Provider::PostgreSql);
  db::Enum role;
  role.name = "Role";
  role.mapped_name = "roles";
  role.values = {{"USER", std::string_view("user"), {}}, {"ADMIN", std::nullopt, {}}};
  d.enums.push_back(role);
  db::Field list = enum_field("roles", 0, Arity::List);
  db::DefaultValue dv;
  dv.literal.kind = db::LiteralKind::List;
  dv.literal.items = {{db::LiteralKind::EnumValue, "USER", {}, {}},
                      {db::LiteralKind::EnumValue, "ADMIN", {}, {}}};
  list.default_value = dv;
  d.models.push_back(
      model("T", {with_literal(enum_field("role", 0), db::LiteralKind::EnumValue, "USER"), list}));
  SUBCASE("postgresql") {
    const auto s = frontend::lower(validated(d)).schema;
    REQUIRE(s.enums.size() == 1);
    CHECK(s.enums[0] == ir::Enum{"roles", "", {"user", "ADMIN"}});
    const auto& role_col = column(s, "T", "role");
    CHECK(role_col.type.family == ir::TypeFamily::Enum);
    CHECK(role_col.type.native == "roles");
    CHECK(role_col.default_value->value == ir::Value{ir::ValueKind::EnumValue, "user", {}});
    const auto& roles = column(s, "T", "roles");
    CHECK(roles.type.is_array);
    CHECK(roles.nullable);  // `"roles"[]` has no NOT NULL
    CHECK(roles.default_value->value.items.size() == 2);
  }
  SUBCASE("sqlite") {
    d.datasource->provider = db::Provider::Sqlite;
    const auto s = frontend::lower(validated(d)).schema;
    CHECK(s.enums.empty());
    CHECK(column(s, "T", "role").type.native == "TEXT");
    CHECK(column(s, "T", "role").default_value->value ==
          ir::Value{ir::ValueKind::String, "user", {}});
  }
}

TEST_CASE("lower: index names, sort order, algorithm and operator classes") {
  auto d = database(db::Provider::PostgreSql);
  auto m =
      model("User",
            {scalar("id", ScalarType::Int), scalar("email", ScalarType::String),
             scalar("name", ScalarType::String, Arity::Optional),
             scalar("tags", ScalarType::String, Arity::List), scalar("meta", ScalarType::Json)},
            {0});
  m.mapped_name = "users";
  m.indexes.push_back(index(db::IndexKind::Unique, {1}));
  auto by_name = index(db::IndexKind::Normal, {2, 1});
  by_name.fields[0].sort = db::SortOrder::Desc;
  m.indexes.push_back(by_name);
  auto gin = index(db::IndexKind::Normal, {3});
  gin.algorithm = db::IndexAlgorithm::Gin;
  gin.fields[0].ops = db::OperatorClass{"ArrayOps", false, {}};
  m.indexes.push_back(gin);
  auto mapped = index(db::IndexKind::Unique, {2, 1});
  mapped.mapped_name = "custom_uq";
  m.indexes.push_back(mapped);
  auto json = index(db::IndexKind::Normal, {4});
  json.algorithm = db::IndexAlgorithm::Gin;
  json.fields[0].ops = db::OperatorClass{"JsonbPathOps", false, {}};
  json.mapped_name = "j";
  m.indexes.push_back(json);
  auto trgm = index(db::IndexKind::Normal, {1});
  trgm.fields[0].ops = db::OperatorClass{"gin_trgm_ops", true, {}};
  trgm.mapped_name = "t";
  trgm.where = R"(raw("\"name\" IS NOT NULL"))";  // as the resolver keeps it
  m.indexes.push_back(trgm);
  d.models.push_back(m);
  const auto lowered = frontend::lower(validated(d));
  const auto& idx = lowered.schema.tables[0].indexes;
  REQUIRE(idx.size() == 6);
  CHECK(idx[0].name == "users_email_key");
  CHECK(idx[0].kind == ir::IndexKind::Unique);
  CHECK(idx[1].name == "users_name_email_idx");
  CHECK(idx[1].columns[0].sort == ir::SortOrder::Desc);
  CHECK(idx[1].columns[1].sort == ir::SortOrder::Asc);
  CHECK(idx[2].name == "users_tags_idx");
  CHECK(idx[2].algorithm == ir::IndexAlgorithm::Gin);
  CHECK(idx[2].columns[0].operator_class == "array_ops");
  CHECK(idx[3].name == "custom_uq");
  CHECK(idx[4].columns[0].operator_class == "jsonb_path_ops");
  CHECK(idx[5].columns[0].operator_class == "gin_trgm_ops");
  CHECK(idx[5].where == "\"name\" IS NOT NULL");
  CHECK(lowered.source_map.index("users", "users_email_key"));
  CHECK(lowered.source_map.column("users", "email"));
}

namespace {

// Post.authorId? → users.id, Post.catId → Cat.sid (onDelete: Cascade).
db::Database blog(db::Provider provider) {
  auto d = database(provider);
  auto user = model("User", {scalar("id", ScalarType::Int)}, {0});
  user.mapped_name = "users";
  d.models.push_back(user);
  d.models.push_back(
      model("Post",
            {scalar("id", ScalarType::String), scalar("authorId", ScalarType::Int, Arity::Optional),
             relation_field("author", 0, Arity::Optional), scalar("catId", ScalarType::Int),
             relation_field("cat", 2)},
            {0}));
  d.models.push_back(model("Cat", {scalar("sid", ScalarType::Int)}, {0}));
  d.relations.push_back(inline_relation(d, 1, 2, {1}, 0, {0}));
  d.relations.push_back(inline_relation(d, 1, 4, {3}, 2, {0}));
  d.models[1].fields[4].relation_attribute->on_delete = db::ReferentialAction::Cascade;
  return d;
}

}  // namespace

TEST_CASE("lower: foreign keys with Prisma's default referential actions") {
  const auto s = frontend::lower(validated(blog(db::Provider::PostgreSql))).schema;
  const auto& fks = s.find_table("Post")->foreign_keys;
  REQUIRE(fks.size() == 2);
  CHECK(fks[0] == ir::ForeignKey{"Post_authorId_fkey",
                                 {"authorId"},
                                 "",
                                 "users",
                                 {"id"},
                                 ir::ReferentialAction::SetNull,
                                 ir::ReferentialAction::Cascade});
  CHECK(fks[1] == ir::ForeignKey{"Post_catId_fkey",
                                 {"catId"},
                                 "",
                                 "Cat",
                                 {"sid"},
                                 ir::ReferentialAction::Cascade,
                                 ir::ReferentialAction::Cascade});
  SUBCASE("a required relation restricts deletes") {
    auto d = blog(db::Provider::PostgreSql);
    d.models[1].fields[4].relation_attribute->on_delete.reset();
    const auto s2 = frontend::lower(validated(d)).schema;
    CHECK(s2.find_table("Post")->foreign_keys[1].on_delete == ir::ReferentialAction::Restrict);
  }
  SUBCASE("relationMode = prisma: no foreign keys at all") {
    auto d = blog(db::Provider::PostgreSql);
    d.datasource->relation_mode = db::RelationMode::Prisma;
    CHECK(frontend::lower(validated(d)).schema.find_table("Post")->foreign_keys.empty());
  }
}

namespace {

// Post (String id) ↔ Tag (Int id), implicit many-to-many `PostToTag`.
db::Database tagged(db::Provider provider) {
  auto d = database(provider);
  d.models.push_back(model(
      "Post", {scalar("id", ScalarType::String), relation_field("tags", 1, Arity::List)}, {0}));
  d.models.push_back(
      model("Tag",
            {with_default(scalar("id", ScalarType::Int), db::DefaultKind::Autoincrement),
             relation_field("posts", 0, Arity::List)},
            {0}));
  db::Relation r;
  r.kind = db::RelationKind::ImplicitManyToMany;
  r.name = "PostToTag";
  r.referencing = {0, 1};
  r.referenced = db::FieldRef{1, 1};
  r.referencing_model = 0;
  r.referenced_model = 1;
  r.model_a = 0;
  r.model_b = 1;
  d.relations.push_back(r);
  return d;
}

}  // namespace

TEST_CASE("lower: implicit many-to-many join tables") {
  SUBCASE("postgresql: primary key _AB_pkey (Prisma 6+), B index, cascading FKs") {
    const auto s = frontend::lower(validated(tagged(db::Provider::PostgreSql))).schema;
    const ir::Table* t = s.find_table("_PostToTag");
    REQUIRE(t != nullptr);
    REQUIRE(t->columns.size() == 2);
    CHECK(t->columns[0].type.native == "TEXT");
    CHECK(t->columns[1].type.native == "INTEGER");
    CHECK_FALSE(t->columns[1].autoincrement);  // the type is copied, not the sequence
    CHECK(t->primary_key->name == "_PostToTag_AB_pkey");
    REQUIRE(t->indexes.size() == 1);
    CHECK(t->indexes[0].name == "_PostToTag_B_index");
    REQUIRE(t->foreign_keys.size() == 2);
    CHECK(t->foreign_keys[0] == ir::ForeignKey{"_PostToTag_A_fkey",
                                               {"A"},
                                               "",
                                               "Post",
                                               {"id"},
                                               ir::ReferentialAction::Cascade,
                                               ir::ReferentialAction::Cascade});
    CHECK(t->foreign_keys[1].referenced_table == "Tag");
  }
  SUBCASE("sqlite: unique index _AB_unique instead of a primary key") {
    const auto s = frontend::lower(validated(tagged(db::Provider::Sqlite))).schema;
    const ir::Table* t = s.find_table("_PostToTag");
    REQUIRE(t != nullptr);
    CHECK_FALSE(t->primary_key);
    REQUIRE(t->indexes.size() == 2);
    CHECK(t->indexes[0].name == "_PostToTag_AB_unique");
    CHECK(t->indexes[0].kind == ir::IndexKind::Unique);
    CHECK(t->indexes[1].name == "_PostToTag_B_index");
  }
}

TEST_CASE("lower: views get no table; @@ignore'd models do; only used namespaces are created") {
  auto d = database(db::Provider::PostgreSql);
  d.datasource->schemas = {"users", "public", "auth"};
  auto ignored = model("Ign", {scalar("id", ScalarType::Int)}, {0});
  ignored.is_ignored = true;
  ignored.schema = "auth";
  d.models.push_back(ignored);
  auto view = model("V", {scalar("id", ScalarType::Int)});
  view.is_view = true;
  d.models.push_back(view);
  const auto s = frontend::lower(validated(d)).schema;
  REQUIRE(s.tables.size() == 1);
  CHECK(s.tables[0].name == "Ign");
  CHECK(s.tables[0].schema_name == "auth");
  // Only namespaces holding a table or enum are created: not `users`, not `public`
  // (oracle: multi_schema_unused_namespace).
  CHECK(s.namespaces == std::vector<std::string>{"auth"});
}
