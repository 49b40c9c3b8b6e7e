// The PostgreSQL planner's decisions: Prisma's grouping and order, and schemac's staged forms
// (backfills, NOT NULL, renames, drops, --online, Prisma 6's join-table upgrade).
#include "backends/postgres/planner.hpp"

#include <algorithm>

#include <doctest/doctest.h>

#include "backends/backend.hpp"
#include "backends/migration.hpp"
#include "tests/unit/postgres_plan/plan_support.hpp"

using namespace schemac;
using namespace schemac::test;
using backends::Placement;
using backends::Plan;
using backends::Step;

namespace {

using Lines = std::vector<std::string>;

const Step* step_with(const Plan& plan, std::string_view comment_start) {
  for (const Step& s : plan.steps) {
    if (s.comment.rfind(comment_start, 0) == 0) {
      return &s;
    }
  }
  return nullptr;
}

const char* kUser = R"(model User {
  id    Int     @id
  email String
  name  String?
}
)";

}  // namespace

TEST_CASE("postgres plan: the registry's backend plans PostgreSQL and introspects through libpq") {
  const backends::Backend* backend = backends::backend_for(ir::Dialect::Postgres);
  REQUIRE(backend != nullptr);
  CHECK(backend->dialect() == ir::Dialect::Postgres);
  const backends::Capabilities& caps = backend->capabilities();
  CHECK(caps.transactional_ddl);
  CHECK(caps.alter_column);
  CHECK(caps.concurrent_index);
  CHECK(caps.named_primary_keys);
  CHECK(caps.enum_types);
  // Nothing listens on port 1: the backend's introspect() reaches libpq and reports the
  // failure in one line, without the password.
  const auto schema = backend->introspect("postgresql://app:hunter2@127.0.0.1:1/db");
  REQUIRE(!schema.ok());
  CHECK(schema.error().message.rfind("cannot connect to postgresql://app:***@127.0.0.1:1/db", 0) ==
        0);
  CHECK(schema.error().message.find("hunter2") == std::string::npos);
}

TEST_CASE("postgres plan: from empty, Prisma's step order and comments, in one transaction") {
  const ir::Schema to = lower_postgres(R"(enum Role {
  USER
  ADMIN
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  role  Role   @default(USER)
  posts Post[]
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
)");
  const ir::Schema from = empty_postgres();
  auto migration = backends::make_migration({from, to, "empty", "schema.prisma"});
  REQUIRE(migration.ok());
  std::vector<std::string> comments;
  for (const Step& s : migration.value().plan.steps) {
    comments.push_back(s.comment);
    CHECK(s.placement == Placement::InTransaction);
    CHECK(!s.destructive);
  }
  CHECK(comments == Lines{"CreateSchema \"public\"", "CreateEnum \"Role\"", "CreateTable \"User\"",
                          "CreateTable \"Post\"", "CreateIndex \"User_email_key\"",
                          "AddForeignKey \"Post_authorId_fkey\""});
  const std::string& script = migration.value().script;
  CHECK(script.find("\nBEGIN;\n") != std::string::npos);
  CHECK(script.find("\nCOMMIT;\n") != std::string::npos);
  CHECK(script.find(
            "-- CreateTable \"User\"\nCREATE TABLE \"User\" (\n    \"id\" SERIAL NOT NULL,") !=
        std::string::npos);
}

TEST_CASE("postgres plan: one AlterTable per table, Prisma's clause order") {
  const Plan plan = plan_between(lower_postgres(R"(model User {
  id   Int     @id
  q    Int
  p    Int?
  age  Int
  name String?
}
)"),
                                 lower_postgres(R"(model User {
  id   Int     @id
  zz   Int?
  aa   Int?
  age  BigInt
  name String?  @default("x")
}
)"));
  CHECK(statements(plan) == Lines{"ALTER TABLE \"User\" DROP COLUMN \"p\",\n"
                                  "DROP COLUMN \"q\",\n"
                                  "ADD COLUMN     \"aa\" INTEGER,\n"
                                  "ADD COLUMN     \"zz\" INTEGER,\n"
                                  "ALTER COLUMN \"age\" SET DATA TYPE BIGINT USING "
                                  "(\"age\"::BIGINT),\n"
                                  "ALTER COLUMN \"name\" SET DEFAULT 'x';"});
  REQUIRE(plan.steps.size() == 1);
  CHECK(plan.steps[0].comment == "AlterTable \"User\"");
  CHECK(plan.steps[0].destructive);
  CHECK(plan.steps[0].destructive_note ==
        "drops column \"User\".\"q\" and its data; drops column \"User\".\"p\" and its data");
  CHECK(plan.steps[0].changes.size() == 6);
}

TEST_CASE("postgres plan: a required column added with a backfill is staged") {
  const ir::Schema from = lower_postgres(kUser);
  const ir::Schema to = lower_postgres(R"(model User {
  id    Int     @id
  email String
  name  String?
  nick  String  @default("anon")
}
)");
  SUBCASE("with --backfill: nullable, filled, then NOT NULL and the default") {
    const Plan plan = plan_between(from, to, {{{{"", "User"}, "nick", "\"email\""}}, false, {}});
    CHECK(statements(plan) == Lines{"ALTER TABLE \"User\" ADD COLUMN     \"nick\" TEXT;",
                                    "UPDATE \"User\" SET \"nick\" = \"email\";",
                                    "ALTER TABLE \"User\" ALTER COLUMN \"nick\" SET NOT NULL,\n"
                                    "ALTER COLUMN \"nick\" SET DEFAULT 'anon';"});
  }
  SUBCASE("without: Prisma's clause (PostgreSQL fills existing rows with the default)") {
    const Plan plan = plan_between(from, to);
    CHECK(statements(plan) ==
          Lines{"ALTER TABLE \"User\" ADD COLUMN     \"nick\" TEXT NOT NULL DEFAULT 'anon';"});
  }
}

TEST_CASE("postgres plan: a required column without default or backfill is Prisma's clause") {
  const Plan plan = plan_between(lower_postgres(kUser), lower_postgres(R"(model User {
  id    Int     @id
  email String
  name  String?
  nick  String
}
)"));
  CHECK(statements(plan) == Lines{"ALTER TABLE \"User\" ADD COLUMN     \"nick\" TEXT NOT NULL;"});
}

TEST_CASE("postgres plan: a column made required is filled where NULL when a value is known") {
  const ir::Schema from = lower_postgres(kUser);
  SUBCASE("the backfill") {
    const ir::Schema to = lower_postgres(R"(model User {
  id    Int    @id
  email String
  name  String
}
)");
    const Plan plan = plan_between(from, to, {{{{"", "User"}, "name", "'?'"}}, false, {}});
    CHECK(statements(plan) == Lines{"UPDATE \"User\" SET \"name\" = '?' WHERE \"name\" IS NULL;",
                                    "ALTER TABLE \"User\" ALTER COLUMN \"name\" SET NOT NULL;"});
    CHECK(step_with(plan, "Backfill \"User\".\"name\" (NULLs)") != nullptr);
  }
  SUBCASE("TO's default, after the clause that sets it") {
    const ir::Schema to = lower_postgres(R"(model User {
  id    Int    @id
  email String
  name  String @default("none")
}
)");
    CHECK(statements(plan_between(from, to)) ==
          Lines{"ALTER TABLE \"User\" ALTER COLUMN \"name\" SET DEFAULT 'none';",
                "UPDATE \"User\" SET \"name\" = 'none' WHERE \"name\" IS NULL;",
                "ALTER TABLE \"User\" ALTER COLUMN \"name\" SET NOT NULL;"});
  }
  SUBCASE("no value: Prisma's SET NOT NULL, which fails on NULLs") {
    const ir::Schema to = lower_postgres(R"(model User {
  id    Int    @id
  email String
  name  String
}
)");
    CHECK(statements(plan_between(from, to)) ==
          Lines{"ALTER TABLE \"User\" ALTER COLUMN \"name\" SET NOT NULL;"});
  }
}

TEST_CASE("postgres plan: rename hints become RENAME, never drop and add") {
  const ir::Schema from = lower_postgres(kUser);
  const ir::Schema to = lower_postgres(R"(model Account {
  id    Int     @id
  mail  String
  name  String?
}
)");
  ir::RenameHints hints;
  hints.tables.push_back({"", "User", "Account"});
  hints.columns.push_back({"", "Account", "email", "mail"});
  const Plan plan = plan_between(from, to, {{}, false, hints});
  CHECK(statements(plan) ==
        Lines{"ALTER TABLE \"User\" RENAME TO \"Account\";",
              "ALTER TABLE \"Account\" RENAME COLUMN \"email\" TO \"mail\";",
              "ALTER TABLE \"Account\" RENAME CONSTRAINT \"User_pkey\" TO \"Account_pkey\";"});
  for (const Step& s : plan.steps) {
    CHECK(!s.destructive);
  }
}

TEST_CASE("postgres plan: dropped tables lose their foreign keys first and are destructive") {
  const Plan plan = plan_between(lower_postgres(R"(model A {
  id Int @id
  bs B[]
}

model B {
  id  Int @id
  aId Int
  a   A   @relation(fields: [aId], references: [id])
}
)"),
                                 empty_postgres());
  CHECK(statements(plan) == Lines{"ALTER TABLE \"B\" DROP CONSTRAINT \"B_aId_fkey\";",
                                  "DROP TABLE \"A\";", "DROP TABLE \"B\";"});
  const Step* drop = step_with(plan, "DropTable \"A\"");
  REQUIRE(drop != nullptr);
  CHECK(drop->destructive);
  CHECK(drop->destructive_note == "drops table \"A\" and all its rows");
}

TEST_CASE("postgres plan: removing an enum value recreates the type without a nested BEGIN") {
  const Plan plan = plan_between(lower_postgres(R"(enum Role {
  USER
  GUEST
}

model User {
  id   Int  @id
  role Role @default(GUEST)
}
)"),
                                 lower_postgres(R"(enum Role {
  USER
}

model User {
  id   Int  @id
  role Role @default(USER)
}
)"));
  const Lines s = statements(plan);
  CHECK(std::find(s.begin(), s.end(), "BEGIN;") == s.end());
  CHECK(std::find(s.begin(), s.end(), "COMMIT;") == s.end());
  CHECK(s == Lines{"CREATE TYPE \"Role_new\" AS ENUM ('USER');",
                   "ALTER TABLE \"User\" ALTER COLUMN \"role\" DROP DEFAULT;",
                   "ALTER TABLE \"User\" ALTER COLUMN \"role\" TYPE \"Role_new\" USING "
                   "(\"role\"::text::\"Role_new\");",
                   "ALTER TYPE \"Role\" RENAME TO \"Role_old\";",
                   "ALTER TYPE \"Role_new\" RENAME TO \"Role\";", "DROP TYPE \"Role_old\";",
                   "ALTER TABLE \"User\" ALTER COLUMN \"role\" SET DEFAULT 'USER';",
                   "ALTER TABLE \"User\" ALTER COLUMN \"role\" SET DEFAULT 'USER';"});
}

TEST_CASE("postgres plan: --online uses lock-light forms on existing tables only") {
  const ir::Schema from = lower_postgres(R"(model User {
  id    Int     @id
  email String
  name  String?
}
)");
  const ir::Schema to = lower_postgres(R"(model User {
  id    Int     @id
  email String  @unique
  name  String
  posts Post[]
  @@index([name])
}

model Post {
  id       Int   @id
  authorId Int
  author   User  @relation(fields: [authorId], references: [id])
  @@index([authorId])
}

model Tag {
  id     Int  @id
  userId Int
}
)");
  const Plan plan = plan_between(from, to, {{}, true, {}});
  REQUIRE(!plan.steps.empty());
  CHECK(plan.steps.front().placement == Placement::BeforeTransaction);
  CHECK(plan.steps.front().statements == Lines{"SET lock_timeout = '5s'"});
  const Lines s = statements(plan);
  CHECK(s ==
        Lines{
            "SET lock_timeout = '5s';",
            "ALTER TABLE \"User\" ADD CONSTRAINT \"User_name_not_null\" CHECK (\"name\" IS NOT "
            "NULL) NOT VALID;",
            "CREATE TABLE \"Post\" (\n    \"id\" INTEGER NOT NULL,\n    \"authorId\" INTEGER "
            "NOT NULL,\n\n    CONSTRAINT \"Post_pkey\" PRIMARY KEY (\"id\")\n);",
            "CREATE TABLE \"Tag\" (\n    \"id\" INTEGER NOT NULL,\n    \"userId\" INTEGER NOT "
            "NULL,\n\n    CONSTRAINT \"Tag_pkey\" PRIMARY KEY (\"id\")\n);",
            "CREATE INDEX \"Post_authorId_idx\" ON \"Post\"(\"authorId\");",
            "ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY "
            "(\"authorId\") REFERENCES \"User\"(\"id\") ON DELETE RESTRICT ON UPDATE CASCADE;",
            "ALTER TABLE \"User\" VALIDATE CONSTRAINT \"User_name_not_null\";",
            "ALTER TABLE \"User\" ALTER COLUMN \"name\" SET NOT NULL;",
            "ALTER TABLE \"User\" DROP CONSTRAINT \"User_name_not_null\";",
            "CREATE UNIQUE INDEX CONCURRENTLY \"User_email_key\" ON \"User\"(\"email\");",
            "CREATE INDEX CONCURRENTLY \"User_name_idx\" ON \"User\"(\"name\");",
        });
  const Step* concurrent = step_with(plan, "CreateIndex \"User_email_key\" CONCURRENTLY");
  REQUIRE(concurrent != nullptr);
  CHECK(concurrent->placement == Placement::AfterTransaction);
}

TEST_CASE("postgres plan: --online adds a foreign key NOT VALID, validated after the transaction") {
  const ir::Schema from = lower_postgres(R"(model User {
  id Int @id
}

model Post {
  id       Int @id
  authorId Int
}
)");
  const ir::Schema to = lower_postgres(R"(model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
)");
  const Plan plan = plan_between(from, to, {{}, true, {}});
  CHECK(
      statements(plan) ==
      Lines{"SET lock_timeout = '5s';",
            "ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\") "
            "REFERENCES \"User\"(\"id\") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;",
            "ALTER TABLE \"Post\" VALIDATE CONSTRAINT \"Post_authorId_fkey\";"});
  SUBCASE("a unique index the new foreign key needs is built inside the transaction") {
    const ir::Schema to2 = lower_postgres(R"(model User {
  id    Int    @id
  code  Int    @unique
  posts Post[]
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [code])
}
)");
    const ir::Schema from2 = lower_postgres(R"(model User {
  id   Int @id
  code Int
}

model Post {
  id       Int @id
  authorId Int
}
)");
    const Plan p = plan_between(from2, to2, {{}, true, {}});
    const Step* index = step_with(p, "CreateIndex \"User_code_key\"");
    REQUIRE(index != nullptr);
    CHECK(index->placement == Placement::InTransaction);
    CHECK(index->statements ==
          Lines{"CREATE UNIQUE INDEX \"User_code_key\" ON \"User\"(\"code\")"});
  }
}

TEST_CASE("postgres plan: Prisma 5's join table unique index becomes Prisma 6's primary key") {
  const ir::Schema to = lower_postgres(R"(model Post {
  id   Int   @id
  tags Tag[]
}

model Tag {
  id    Int    @id
  posts Post[]
}
)");
  // FROM: the same schema as Prisma 5 created it, `_PostToTag_AB_unique` instead of the key.
  ir::Schema from = to;
  ir::Table* join = nullptr;
  for (ir::Table& t : from.tables) {
    if (t.name == "_PostToTag") {
      join = &t;
    }
  }
  REQUIRE(join != nullptr);
  REQUIRE(join->primary_key);
  CHECK(join->primary_key->name == "_PostToTag_AB_pkey");
  ir::Index unique;
  unique.name = "_PostToTag_AB_unique";
  unique.kind = ir::IndexKind::Unique;
  unique.columns = join->primary_key->columns;
  join->indexes.insert(join->indexes.begin(), unique);
  join->primary_key.reset();

  // Prisma 7.10.1 (oracle, `--from migrations:` of Prisma 5's SQL) builds a second index:
  //   ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_AB_pkey" PRIMARY KEY ("A", "B");
  //   DROP INDEX "_PostToTag_AB_unique";
  // schemac promotes the existing index instead (DESIGN.md §3), one statement, no rebuild.
  const Plan plan = plan_between(from, to);
  CHECK(statements(plan) ==
        Lines{"ALTER TABLE \"_PostToTag\" ADD CONSTRAINT \"_PostToTag_AB_pkey\" "
              "PRIMARY KEY USING INDEX \"_PostToTag_AB_unique\";"});
  REQUIRE(plan.steps.size() == 1);
  CHECK(plan.steps[0].changes.size() == 2);  // the DropIndex and the ChangePrimaryKey
  SUBCASE("an index over other columns is dropped and the key built, as Prisma does") {
    join->indexes.front().columns = {join->indexes.front().columns[1]};
    const Lines s = statements(plan_between(from, to));
    CHECK(s == Lines{"DROP INDEX \"_PostToTag_AB_unique\";",
                     "ALTER TABLE \"_PostToTag\" ADD CONSTRAINT \"_PostToTag_AB_pkey\" PRIMARY KEY "
                     "(\"A\", \"B\");"});
  }
}

TEST_CASE("postgres plan: autoincrement added creates the sequence SERIAL would") {
  const char* datasource = R"(datasource db {
  provider = "postgresql"
  schemas  = ["s2"]
}
)";
  const Plan plan = plan_between(lower_postgres(datasource + std::string(R"(model A {
  id  Int @id
  seq Int
  @@schema("s2")
}
)")),
                                 lower_postgres(datasource + std::string(R"(model A {
  id  Int @id
  seq Int @default(autoincrement())
  @@schema("s2")
}
)")));
  CHECK(
      statements(plan) ==
      Lines{
          "CREATE SEQUENCE \"s2\".a_seq_seq;",
          "ALTER TABLE \"s2\".\"A\" ALTER COLUMN \"seq\" SET DEFAULT nextval('\"s2\".a_seq_seq');",
          "ALTER SEQUENCE \"s2\".a_seq_seq OWNED BY \"s2\".\"A\".\"seq\";",
          "SELECT setval('\"s2\".a_seq_seq', COALESCE(MAX(\"seq\"), 0) + 1, false) FROM "
          "\"s2\".\"A\";"});
}

TEST_CASE("postgres plan: added enum values go before the transaction, which may use them") {
  const Plan plan = plan_between(lower_postgres(R"(enum Role {
  USER
}

model User {
  id   Int  @id
  role Role @default(USER)
}
)"),
                                 lower_postgres(R"(enum Role {
  USER
  OWNER
}

model User {
  id   Int  @id
  role Role @default(OWNER)
}
)"));
  REQUIRE(plan.steps.size() == 2);
  CHECK(plan.steps[0].placement == Placement::BeforeTransaction);
  CHECK(plan.steps[1].placement == Placement::InTransaction);
  CHECK(statements(plan) ==
        Lines{"ALTER TYPE \"Role\" ADD VALUE IF NOT EXISTS 'OWNER';",
              "ALTER TABLE \"User\" ALTER COLUMN \"role\" SET DEFAULT 'OWNER';"});
}

TEST_CASE("postgres plan: a default that cannot follow a type change is dropped and set again") {
  const ir::Schema from = lower_postgres(R"(model A {
  id Int    @id
  m  String @default("7")
  k  Int    @default(3)
  t  String @default("x")
}
)");
  const ir::Schema to = lower_postgres(R"(model A {
  id Int    @id
  m  Int    @default(7)
  k  BigInt @default(3)
  t  String @default("x") @db.VarChar(10)
}
)");
  CHECK(statements(plan_between(from, to)) ==
        Lines{"ALTER TABLE \"A\" ALTER COLUMN \"m\" DROP DEFAULT,\n"
              "ALTER COLUMN \"m\" SET DEFAULT 7,\n"
              "ALTER COLUMN \"m\" SET DATA TYPE INTEGER USING (\"m\"::INTEGER),\n"
              "ALTER COLUMN \"k\" SET DATA TYPE BIGINT USING (\"k\"::BIGINT),\n"
              "ALTER COLUMN \"t\" SET DATA TYPE VARCHAR(10) USING (\"t\"::VARCHAR(10));"});
}

TEST_CASE("postgres plan: a unique index a foreign key needs is rebuilt around the key") {
  // PostgreSQL refuses DROP INDEX while a constraint depends on it: the key goes first and
  // comes back once the index is rebuilt.
  const std::string child = R"(model Child {
  id   Int    @id
  code String
  p    Parent @relation(fields: [code], references: [code])
}
)";
  const ir::Schema from = lower_postgres(child + R"(model Parent {
  id    Int     @id
  code  String
  kids  Child[]
  @@unique([code], map: "Parent_code_key")
}
)");
  const ir::Schema to = lower_postgres(child + R"(model Parent {
  id    Int     @id
  code  String
  kids  Child[]
  @@unique([code(sort: Desc)], map: "Parent_code_key")
}
)");
  CHECK(statements(plan_between(from, to)) ==
        Lines{"ALTER TABLE \"Child\" DROP CONSTRAINT \"Child_code_fkey\";",
              "DROP INDEX \"Parent_code_key\";",
              "CREATE UNIQUE INDEX \"Parent_code_key\" ON \"Parent\"(\"code\" DESC);",
              "ALTER TABLE \"Child\" ADD CONSTRAINT \"Child_code_fkey\" FOREIGN KEY (\"code\") "
              "REFERENCES \"Parent\"(\"code\") ON DELETE RESTRICT ON UPDATE CASCADE;"});
}
