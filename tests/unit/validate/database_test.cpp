// The resolved schema (frontend/db) as lowering reads it: relations, defaults, names.
#include "frontend/db/database.hpp"

#include <string>

#include <doctest/doctest.h>

#include "ir/naming.hpp"
#include "frontend/parse/parse.hpp"
#include "frontend/validate/validate.hpp"
#include "support/source_manager.hpp"

using namespace schemac;
using namespace schemac::frontend;

namespace {

struct Resolved {
  SourceManager sources;
  Diagnostics diags;
  ValidatedSchema schema;
};

void resolve(const std::string& text, Resolved& r) {
  const FileId id = r.sources.add("schema.prisma", text);
  const auto ast = parse_schema(r.sources, {id}, r.diags);
  r.schema = validate(ast, r.sources, r.diags);
}

const db::Model& model(const Resolved& r, std::string_view name) {
  auto id = r.schema.database.find_model(name);
  REQUIRE(id.has_value());
  return r.schema.database.models[*id];
}

const std::string kPostgres = "datasource db {\n  provider = \"postgres\"\n}\n";

}  // namespace

TEST_CASE("db: the provider alias postgres is PostgreSQL") {
  Resolved r;
  resolve(kPostgres + "model A {\n  id Int @id\n}\n", r);
  CHECK(r.schema.valid);
  CHECK(r.schema.database.provider() == db::Provider::PostgreSql);
  CHECK(r.schema.database.datasource->provider_text == "postgres");
}

TEST_CASE("db: a 1:n relation's forward side holds the foreign key and Prisma's default actions") {
  Resolved r;
  resolve(kPostgres + R"S(
model User {
  id    Int    @id
  posts Post[]
  notes Note[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
model Note {
  id      Int   @id
  ownerId Int?
  owner   User? @relation(fields: [ownerId], references: [id], onUpdate: NoAction)
}
)S",
          r);
  REQUIRE(r.schema.valid);
  const auto& db = r.schema.database;
  REQUIRE(db.relations.size() == 2);
  const db::Relation& posts = db.relations[0];
  CHECK(posts.kind == db::RelationKind::OneToMany);
  CHECK(db.models[posts.referencing_model].name == "Post");
  CHECK(db.models[posts.referenced_model].name == "User");
  CHECK(db.field(posts.referencing).name == "author");
  REQUIRE(posts.referenced.has_value());
  CHECK(db.field(*posts.referenced).name == "posts");
  CHECK(posts.name == "PostToUser");
  CHECK(posts.on_delete == db::ReferentialAction::Restrict);
  CHECK(posts.on_update == db::ReferentialAction::Cascade);
  CHECK(posts.constraint_name == "Post_authorId_fkey");
  const db::Relation& notes = db.relations[1];
  CHECK(notes.on_delete == db::ReferentialAction::SetNull);  // optional relation
  CHECK(notes.on_update == db::ReferentialAction::NoAction);
  CHECK(notes.on_update_explicit);
  CHECK_FALSE(notes.on_delete_explicit);
}

TEST_CASE("db: an implicit m:n relation names its join table after the sorted model names") {
  Resolved r;
  resolve(kPostgres + R"S(
model Tag {
  id    Int    @id
  posts Post[]
}
model Post {
  id   Int   @id
  tags Tag[]
}
model Label {
  id    Int    @id
  posts Post2[] @relation("Labels")
}
model Post2 {
  id     Int     @id
  labels Label[] @relation("Labels")
}
)S",
          r);
  REQUIRE(r.schema.valid);
  const auto& db = r.schema.database;
  REQUIRE(db.relations.size() == 2);
  CHECK(db.relations[0].kind == db::RelationKind::ImplicitManyToMany);
  CHECK(db.relations[0].join_table_name == "_PostToTag");
  CHECK(db.models[db.relations[0].model_a].name == "Post");
  CHECK(db.models[db.relations[0].model_b].name == "Tag");
  CHECK(db.relations[1].join_table_name == "_Labels");
}

TEST_CASE("db: a 1:1 relation's forward side is the one with fields") {
  Resolved r;
  resolve(kPostgres + R"S(
model User {
  id      Int      @id
  profile Profile?
}
model Profile {
  id     Int  @id
  userId Int  @unique
  user   User @relation(fields: [userId], references: [id])
}
)S",
          r);
  REQUIRE(r.schema.valid);
  const auto& rel = r.schema.database.relations.at(0);
  CHECK(rel.kind == db::RelationKind::OneToOne);
  CHECK(r.schema.database.field(rel.referencing).name == "user");
}

TEST_CASE("db: defaults keep their kind and arguments") {
  Resolved r;
  resolve(kPostgres + R"S(
enum Role {
  Admin
  User
}
model A {
  id    String   @id @default(uuid(7))
  seq   Int      @default(autoincrement()) @unique
  at    DateTime @default(now())
  gen   String   @default(dbgenerated("gen_random_uuid()"))
  role  Role     @default(User)
  tags  String[] @default(["a", "b"])
  small String   @default(nanoid(8))
}
)S",
          r);
  REQUIRE(r.schema.valid);
  const db::Model& a = model(r, "A");
  CHECK(a.fields[0].default_value->kind == db::DefaultKind::Uuid);
  CHECK(a.fields[0].default_value->version == 7u);
  CHECK(a.fields[1].default_value->kind == db::DefaultKind::Autoincrement);
  CHECK(a.fields[2].default_value->kind == db::DefaultKind::Now);
  CHECK(a.fields[3].default_value->db_expression == "gen_random_uuid()");
  CHECK(a.fields[4].default_value->literal.kind == db::LiteralKind::EnumValue);
  CHECK(a.fields[4].default_value->literal.text == "User");
  CHECK(a.fields[5].default_value->literal.items.size() == 2);
  CHECK(a.fields[6].default_value->version == 8u);
}

TEST_CASE("db: indexes keep their arguments; a legacy @@index name is the database name") {
  Resolved r;
  resolve(kPostgres + R"S(
model A {
  id   Int    @id
  a    String
  b    String @db.VarChar(20)
  meta Json

  @@index([a(sort: Desc), b], name: "legacy")
  @@index([meta(ops: JsonbPathOps)], type: Gin)
  @@unique([a, b], name: "ab")
}
)S",
          r);
  REQUIRE(r.schema.valid);
  const db::Model& a = model(r, "A");
  REQUIRE(a.indexes.size() == 3);
  CHECK(a.indexes[0].constraint_name == "legacy");
  CHECK(a.indexes[0].fields[0].sort == db::SortOrder::Desc);
  CHECK(a.indexes[1].algorithm == db::IndexAlgorithm::Gin);
  CHECK(a.indexes[1].fields[0].ops->name == "JsonbPathOps");
  CHECK(a.indexes[1].constraint_name == "A_meta_idx");
  CHECK(a.indexes[2].name == "ab");
  CHECK(a.indexes[2].constraint_name == "A_a_b_key");
  CHECK(a.fields[2].native_type->name == "VarChar");
  CHECK(a.fields[2].native_type->arguments == std::vector<std::string_view>{"20"});
  CHECK(a.primary_key->constraint_name == "A_pkey");
}

TEST_CASE("db: default constraint names use database names and fit PostgreSQL's 63 bytes") {
  CHECK(ir::naming::primary_key_name("users", 63) == "users_pkey");
  const std::string long_table(70, 't');
  CHECK(ir::naming::primary_key_name(long_table, 63) == std::string(58, 't') + "_pkey");
  CHECK(ir::naming::unique_index_name(long_table, {"a"}, 63) == std::string(59, 't') + "_key");
  CHECK(ir::naming::foreign_key_name("Post", {"authorId"}, 63) == "Post_authorId_fkey");
  // Cut at a UTF-8 boundary: 'é' is two bytes and is not split.
  std::string accented(57, 'x');
  accented += "é";
  CHECK(ir::naming::primary_key_name(accented + "abc", 63) == std::string(57, 'x') + "_pkey");

  Resolved r;
  resolve(kPostgres + R"S(
model User {
  id    Int    @id @map("user_id")
  email String @unique @map("email_address")
  @@map("users")
}
)S",
          r);
  REQUIRE(r.schema.valid);
  const db::Model& user = model(r, "User");
  CHECK(user.primary_key->constraint_name == "users_pkey");
  CHECK(user.indexes[0].constraint_name == "users_email_address_key");
}

TEST_CASE("validate: name and type errors stop resolution before attributes are read") {
  Resolved r;
  resolve(kPostgres + R"S(
model A {
  id Int @id
  b  Nope @unknownAttribute
}
)S",
          r);
  CHECK_FALSE(r.schema.valid);
  REQUIRE(r.diags.error_count() == 1);  // no cascade into "Attribute not known"
  CHECK(r.diags.items()[0].code == "type_not_found");
}
