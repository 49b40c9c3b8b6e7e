// Executes SQLite plans on real databases: a rebuild keeps every row, child rows included, and
// the foreign-key framing stops or rolls back what would break foreign keys.
#include <doctest/doctest.h>

#include "backends/sqlite/planner.hpp"
#include "tests/unit/sqlite_plan/test_support.hpp"

using namespace schemac;
using namespace schemac::backends;
using namespace schemac::test;

namespace {

const char* const kHeader = "datasource db {\n  provider = \"sqlite\"\n}\n";

ir::Schema schema(const std::string& models) {
  const Lowered lowered = lower_text(kHeader + models);
  REQUIRE_MESSAGE(lowered.ok, lowered.error);
  return lowered.schema;
}

const ir::Column& column(const ir::Schema& s, const std::string& t, const std::string& c) {
  const ir::Table* table = s.find_table(t);
  REQUIRE(table != nullptr);
  const ir::Column* col = table->find_column(c);
  REQUIRE(col != nullptr);
  return *col;
}

Plan plan_of(const ir::Schema& from, const ir::Schema& to, const std::vector<ir::Change>& changes,
             std::vector<Backfill> backfills = {}) {
  auto result = sqlite::plan({from, to, changes, std::move(backfills), false});
  REQUIRE(result.ok());
  return result.value();
}

// A database with `s` created as Prisma would (foreign keys on, as Prisma's client runs).
void create(Db& db, const ir::Schema& s) {
  REQUIRE(db.exec("PRAGMA foreign_keys=ON") == "");
  REQUIRE(db.exec(script_text(plan_from_empty(s))) == "");
}

const char* const kFamily = R"(
model Parent {
  id   Int    @id
  name String
  kids Kid[]
}
model Kid {
  id       Int    @id
  parentId Int
  parent   Parent @relation(fields: [parentId], references: [id], onDelete: Cascade)
}
)";

const char* const kFamilyChanged = R"(
model Parent {
  id    Int     @id
  name  String?
  score Int     @default(0)
  kids  Kid[]
}
model Kid {
  id       Int    @id
  parentId Int
  parent   Parent @relation(fields: [parentId], references: [id], onDelete: Cascade)
}
)";

std::vector<ir::Change> family_changes(const ir::Schema& from, const ir::Schema& to) {
  return {{ir::AddColumn{{"", "Parent"}, column(to, "Parent", "score")}},
          {ir::AlterColumn{{"", "Parent"},
                           column(from, "Parent", "name"),
                           column(to, "Parent", "name"),
                           ir::kChangeNullability}}};
}

void fill_family(Db& db) {
  REQUIRE(db.exec("INSERT INTO \"Parent\" VALUES (1, 'a'), (2, 'b');"
                  "INSERT INTO \"Kid\" VALUES (10, 1), (11, 1), (12, 2);") == "");
}

}  // namespace

TEST_CASE("sqlite rebuild: a parent referenced ON DELETE CASCADE keeps its children's rows") {
  const ir::Schema from = schema(kFamily);
  const ir::Schema to = schema(kFamilyChanged);
  const Plan plan = plan_of(from, to, family_changes(from, to));
  REQUIRE(plan.steps.size() > 2);
  Db db;
  create(db, from);
  fill_family(db);
  CHECK(db.exec(script_text(plan)) == "");
  CHECK(db.value("SELECT count(*) FROM \"Kid\"") == "3");
  CHECK(db.column("SELECT \"name\" || ':' || \"score\" FROM \"Parent\" ORDER BY \"id\"") ==
        std::vector<std::string>{"a:0", "b:0"});
  CHECK(db.value("PRAGMA foreign_keys") == "1");
  CHECK(db.value("SELECT count(*) FROM pragma_foreign_key_check") == "0");
  // The children still reference the rebuilt table and its cascade still works.
  CHECK(db.exec("DELETE FROM \"Parent\" WHERE \"id\" = 1") == "");
  CHECK(db.value("SELECT count(*) FROM \"Kid\"") == "1");
}

TEST_CASE("sqlite rebuild: where PRAGMA foreign_keys=OFF had no effect, the plan stops first") {
  const ir::Schema from = schema(kFamily);
  const ir::Schema to = schema(kFamilyChanged);
  const Plan plan = plan_of(from, to, family_changes(from, to));
  Db db;
  create(db, from);
  fill_family(db);
  // A runner that wraps the script in its own transaction: the pragma is a no-op there.
  std::string wrapped = "BEGIN;\n";
  for (const Step& step : plan.steps) {
    for (const std::string& statement : step.statements) {
      wrapped += statement + ";\n";
    }
  }
  wrapped += "COMMIT;\n";
  const std::string error = db.exec(wrapped);
  CHECK(error == "CHECK constraint failed: foreign_keys_must_be_off_for_rebuild");
  CHECK(db.value("SELECT count(*) FROM \"Kid\"") == "3");
  CHECK(db.value("SELECT count(*) FROM \"Parent\"") == "2");
  CHECK(db.value("SELECT count(*) FROM sqlite_master WHERE name = 'new_Parent'") == "0");
}

TEST_CASE("sqlite rebuild: a foreign-key violation rolls the whole migration back") {
  const ir::Schema from = schema(R"(
model User {
  id Int @id
}
model Post {
  id       Int @id
  authorId Int
}
)");
  const ir::Schema to = schema(R"(
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
)");
  const ir::Table* post = to.find_table("Post");
  REQUIRE(post != nullptr);
  const Plan plan = plan_of(from, to, {{ir::AddForeignKey{{"", "Post"}, post->foreign_keys[0]}}});
  const std::string script = script_text(plan);
  const auto check = [](Db& db) {
    CHECK(db.value("SELECT count(*) FROM \"Post\"") == "2");
    CHECK(db.value("SELECT sql FROM sqlite_master WHERE name = 'Post'").find("FOREIGN KEY") ==
          std::string::npos);
    CHECK(db.value("SELECT count(*) FROM sqlite_master WHERE name = 'new_Post'") == "0");
  };
  SUBCASE("a runner that stops at the first error") {
    Db db;
    create(db, from);
    REQUIRE(
        db.exec("INSERT INTO \"User\" VALUES (1); INSERT INTO \"Post\" VALUES (1, 1), (2, 99)") ==
        "");
    CHECK(db.exec(script) == "CHECK constraint failed: foreign_key_violations_found");
    check(db);
  }
  SUBCASE("a runner that goes on after errors (the sqlite3 shell without -bail)") {
    Db db;
    create(db, from);
    REQUIRE(
        db.exec("INSERT INTO \"User\" VALUES (1); INSERT INTO \"Post\" VALUES (1, 1), (2, 99)") ==
        "");
    const std::vector<std::string> errors = db.exec_all(script);
    REQUIRE_FALSE(errors.empty());
    CHECK(errors.front() == "CHECK constraint failed: foreign_key_violations_found");
    check(db);
    CHECK(db.value("PRAGMA foreign_keys") == "1");
  }
  SUBCASE("without orphans the foreign key is added and enforced") {
    Db db;
    create(db, from);
    REQUIRE(db.exec("INSERT INTO \"User\" VALUES (1); INSERT INTO \"Post\" VALUES (1, 1)") == "");
    CHECK(db.exec(script) == "");
    CHECK(db.exec("INSERT INTO \"Post\" VALUES (3, 42)") == "FOREIGN KEY constraint failed");
  }
}

TEST_CASE("sqlite rebuild: renamed, cast, backfilled and renamed-table data survives") {
  const ir::Schema from = schema(R"(
model Old {
  id    Int     @id
  label String?
  qty   String
  kids  Kid[]
}
model Kid {
  id    Int @id
  oldId Int
  old   Old @relation(fields: [oldId], references: [id], onDelete: Cascade)
}
)");
  const ir::Schema to = schema(R"(
model New {
  id    Int    @id
  title String @default("untitled")
  qty   Int
  extra String
  kids  Kid[]
}
model Kid {
  id    Int @id
  oldId Int
  old   New @relation(fields: [oldId], references: [id], onDelete: Cascade)
}
)");
  ir::Column label = column(from, "Old", "label");
  label.name = "title";
  const std::vector<ir::Change> changes = {
      {ir::RenameTable{{"", "Old"}, "New"}},
      {ir::RenameColumn{{"", "New"}, "label", "title"}},
      {ir::AddColumn{{"", "New"}, column(to, "New", "extra")}},
      {ir::AlterColumn{{"", "New"},
                       label,
                       column(to, "New", "title"),
                       ir::kChangeNullability | ir::kChangeDefault}},
      {ir::AlterColumn{
          {"", "New"}, column(from, "Old", "qty"), column(to, "New", "qty"), ir::kChangeType}},
  };
  const Plan plan = plan_of(from, to, changes, {{{"", "New"}, "extra", "'x' || \"id\""}});
  Db db;
  create(db, from);
  REQUIRE(db.exec("INSERT INTO \"Old\" VALUES (1, NULL, '7'), (2, 'two', '8');"
                  "INSERT INTO \"Kid\" VALUES (1, 1), (2, 2)") == "");
  CHECK(db.exec(script_text(plan)) == "");
  CHECK(db.column("SELECT \"title\" || '|' || \"qty\" || '|' || typeof(\"qty\") || '|' || "
                  "\"extra\" FROM \"New\" ORDER BY \"id\"") ==
        std::vector<std::string>{"untitled|7|integer|x1", "two|8|integer|x2"});
  CHECK(db.value("SELECT count(*) FROM \"Kid\"") == "2");
  // The child's foreign key follows the renamed table.
  CHECK(db.value("SELECT \"table\" FROM pragma_foreign_key_list('Kid')") == "New");
}
