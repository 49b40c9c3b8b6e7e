// Tests for backends/sqlite/planner: which changes ALTER TABLE carries out, what a rebuild
// copies, the foreign-key framing, step order and quoting.
#include "backends/sqlite/planner.hpp"

#include <algorithm>

#include <doctest/doctest.h>

#include "backends/sqlite/quote.hpp"
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

const ir::Table& table(const ir::Schema& s, const std::string& name) {
  const ir::Table* t = s.find_table(name);
  REQUIRE(t != nullptr);
  return *t;
}

const ir::Column& column(const ir::Schema& s, const std::string& t, const std::string& c) {
  const ir::Column* col = table(s, t).find_column(c);
  REQUIRE(col != nullptr);
  return *col;
}

ir::TableRef ref(const std::string& name) {
  return {"", name};
}

struct Planned {
  ir::Schema from;
  ir::Schema to;
  std::vector<ir::Change> changes;
  std::vector<Backfill> backfills;
  Plan plan;
};

Plan run(Planned& p) {
  auto result = sqlite::plan({p.from, p.to, p.changes, p.backfills, false});
  REQUIRE_MESSAGE(result.ok(), (result.ok() ? "" : result.error().message));
  p.plan = result.value();
  return p.plan;
}

std::vector<std::string> all_statements(const Plan& plan) {
  std::vector<std::string> out;
  for (const Step& step : plan.steps) {
    out.insert(out.end(), step.statements.begin(), step.statements.end());
  }
  return out;
}

bool has_statement(const Plan& plan, const std::string& sql) {
  const auto all = all_statements(plan);
  return std::find(all.begin(), all.end(), sql) != all.end();
}

const Step* step_named(const Plan& plan, const std::string& prefix) {
  for (const Step& step : plan.steps) {
    if (step.comment.rfind(prefix, 0) == 0) {
      return &step;
    }
  }
  return nullptr;
}

bool framed(const Plan& plan) {
  return step_named(plan, "ForeignKeysOff") != nullptr;
}

const char* const kUser = R"(
model User {
  id    Int     @id
  email String
}
)";

}  // namespace

TEST_CASE("sqlite quote: identifiers double \", literals double '") {
  CHECK(sqlite::quote_identifier("we\"ird") == "\"we\"\"ird\"");
  CHECK(sqlite::quote_identifier("plain") == "\"plain\"");
  CHECK(sqlite::quote_literal("it's") == "'it''s'");
  CHECK(sqlite::quote_literal("a\\b\"c") == "'a\\b\"c'");
}

TEST_CASE("sqlite plan: ADD COLUMN where SQLite allows it, a rebuild otherwise") {
  Planned p;
  p.from = schema(kUser);
  SUBCASE("a nullable column is added in place, without foreign-key framing") {
    p.to = schema("model User {\n id Int @id\n email String\n nick String?\n}\n");
    p.changes = {{ir::AddColumn{ref("User"), column(p.to, "User", "nick")}}};
    run(p);
    CHECK(has_statement(p.plan, "ALTER TABLE \"User\" ADD COLUMN \"nick\" TEXT"));
    CHECK_FALSE(framed(p.plan));
    REQUIRE(p.plan.steps.size() == 1);
    CHECK(p.plan.steps[0].comment == "AlterTable \"User\" add column \"nick\"");
    CHECK(p.plan.steps[0].changes == std::vector<std::size_t>{0});
  }
  SUBCASE("a required column with a constant default is added in place") {
    p.to = schema("model User {\n id Int @id\n email String\n n Int @default(3)\n}\n");
    p.changes = {{ir::AddColumn{ref("User"), column(p.to, "User", "n")}}};
    run(p);
    CHECK(
        has_statement(p.plan, "ALTER TABLE \"User\" ADD COLUMN \"n\" INTEGER NOT NULL DEFAULT 3"));
    CHECK_FALSE(framed(p.plan));
  }
  SUBCASE("a required column without a default needs a rebuild, and says it may fail") {
    p.to = schema("model User {\n id Int @id\n email String\n n Int\n}\n");
    p.changes = {{ir::AddColumn{ref("User"), column(p.to, "User", "n")}}};
    run(p);
    CHECK(framed(p.plan));
    CHECK(has_statement(p.plan,
                        "INSERT INTO \"new_User\" (\"id\", \"email\") SELECT \"id\", "
                        "\"email\" FROM \"User\""));
    CHECK(std::any_of(p.plan.warnings.begin(), p.plan.warnings.end(), [](const std::string& w) {
      return w.find("required column \"User\".\"n\" is added without a default") !=
             std::string::npos;
    }));
  }
  SUBCASE("a CURRENT_TIMESTAMP default needs a rebuild; SQLite fills it for every row") {
    p.to = schema("model User {\n id Int @id\n email String\n at DateTime @default(now())\n}\n");
    p.changes = {{ir::AddColumn{ref("User"), column(p.to, "User", "at")}}};
    run(p);
    CHECK(framed(p.plan));
    CHECK(has_statement(p.plan,
                        "INSERT INTO \"new_User\" (\"id\", \"email\") SELECT \"id\", "
                        "\"email\" FROM \"User\""));
    CHECK(p.plan.warnings.empty());
  }
  SUBCASE("an expression default needs a rebuild") {
    p.to = schema(
        "model User {\n id Int @id\n email String\n r String "
        "@default(dbgenerated(\"(hex(randomblob(4)))\"))\n}\n");
    p.changes = {{ir::AddColumn{ref("User"), column(p.to, "User", "r")}}};
    run(p);
    CHECK(step_named(p.plan, "RedefineTable \"User\"") != nullptr);
  }
  SUBCASE("a backfilled required column is copied with its backfill expression") {
    p.to = schema("model User {\n id Int @id\n email String\n n Int @default(0)\n}\n");
    p.changes = {{ir::AddColumn{ref("User"), column(p.to, "User", "n")}}};
    p.backfills = {{ref("User"), "n", "length(\"email\")"}};
    run(p);
    CHECK(has_statement(p.plan,
                        "INSERT INTO \"new_User\" (\"id\", \"email\", \"n\") SELECT "
                        "\"id\", \"email\", length(\"email\") FROM \"User\""));
  }
}

TEST_CASE("sqlite plan: a rebuild copies renamed, cast and newly required columns") {
  Planned p;
  p.from = schema(R"(
model Item {
  id    Int     @id
  label String?
  price Float
  qty   String
  note  String?
  gone  String?
}
)");
  p.to = schema(R"(
model Item {
  id    Int     @id
  title String  @default("untitled")
  price Int
  qty   Int
  note  String
}
)");
  const ir::Table& to = table(p.to, "Item");
  const ir::Table& from = table(p.from, "Item");
  ir::Column label_renamed = *from.find_column("label");
  label_renamed.name = "title";
  p.changes = {
      {ir::RenameColumn{ref("Item"), "label", "title"}},
      {ir::AlterColumn{ref("Item"), label_renamed, *to.find_column("title"),
                       ir::kChangeNullability | ir::kChangeDefault}},
      {ir::AlterColumn{ref("Item"), *from.find_column("price"), *to.find_column("price"),
                       ir::kChangeType}},
      {ir::AlterColumn{ref("Item"), *from.find_column("qty"), *to.find_column("qty"),
                       ir::kChangeType}},
      {ir::AlterColumn{ref("Item"), *from.find_column("note"), *to.find_column("note"),
                       ir::kChangeNullability}},
      {ir::DropColumn{ref("Item"), *from.find_column("gone")}},
  };
  p.backfills = {{ref("Item"), "note", "'n/a'"}};
  run(p);
  const Step* rebuild = step_named(p.plan, "RedefineTable \"Item\"");
  REQUIRE(rebuild != nullptr);
  CHECK(rebuild->statements ==
        std::vector<std::string>{"CREATE TABLE \"new_Item\" (\n"
                                 "    \"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n"
                                 "    \"title\" TEXT NOT NULL DEFAULT 'untitled',\n"
                                 "    \"price\" INTEGER NOT NULL,\n"
                                 "    \"qty\" INTEGER NOT NULL,\n"
                                 "    \"note\" TEXT NOT NULL\n"
                                 ")",
                                 "INSERT INTO \"new_Item\" (\"id\", \"title\", \"price\", "
                                 "\"qty\", \"note\") SELECT \"id\", COALESCE(\"label\", "
                                 "'untitled'), CAST(\"price\" AS INTEGER), CAST(\"qty\" AS "
                                 "INTEGER), COALESCE(\"note\", 'n/a') FROM \"Item\"",
                                 "DROP TABLE \"Item\"",
                                 "ALTER TABLE \"new_Item\" RENAME TO \"Item\""});
  CHECK(rebuild->changes == std::vector<std::size_t>{0, 1, 2, 3, 4, 5});
  CHECK(rebuild->destructive);
  CHECK(rebuild->destructive_note.find("drops column \"Item\".\"gone\"") != std::string::npos);
  CHECK(rebuild->destructive_note.find("narrows column \"Item\".\"price\" from REAL to INTEGER") !=
        std::string::npos);
  CHECK(rebuild->destructive_note.find("narrows column \"Item\".\"qty\" from TEXT to INTEGER") !=
        std::string::npos);
  // The renamed column is copied from its FROM name, not renamed in place first.
  CHECK(step_named(p.plan, "RenameColumn") == nullptr);
}

TEST_CASE("sqlite plan: a NUMERIC-affinity target is copied without CAST") {
  Planned p;
  p.from = schema("model E {\n id Int @id\n at String\n}\n");
  p.to = schema("model E {\n id Int @id\n at DateTime\n}\n");
  p.changes = {{ir::AlterColumn{ref("E"), column(p.from, "E", "at"), column(p.to, "E", "at"),
                                ir::kChangeType}}};
  run(p);
  CHECK(has_statement(p.plan,
                      "INSERT INTO \"new_E\" (\"id\", \"at\") SELECT \"id\", \"at\" FROM \"E\""));
  CHECK_FALSE(step_named(p.plan, "RedefineTable")->destructive);
}

TEST_CASE("sqlite plan: the foreign-key framing surrounds rebuilds and drops, and only them") {
  Planned p;
  p.from = schema(kUser);
  p.to = schema("model User {\n id Int @id\n email String?\n}\n");
  p.changes = {{ir::AlterColumn{ref("User"), column(p.from, "User", "email"),
                                column(p.to, "User", "email"), ir::kChangeNullability}}};
  run(p);
  const auto& steps = p.plan.steps;
  REQUIRE(steps.size() == 5);
  CHECK(steps.front().placement == Placement::BeforeTransaction);
  CHECK(steps.front().statements == std::vector<std::string>{"PRAGMA foreign_keys=OFF"});
  CHECK(steps[1].placement == Placement::InTransaction);
  CHECK(steps[1].comment.rfind("CheckForeignKeysOff", 0) == 0);
  CHECK(steps[2].comment.rfind("RedefineTable", 0) == 0);
  CHECK(steps[3].placement == Placement::InTransaction);
  CHECK(steps[3].statements[1] ==
        "INSERT OR ROLLBACK INTO \"schemac_foreign_key_check\" SELECT count(*) FROM "
        "pragma_foreign_key_check");
  CHECK(steps.back().placement == Placement::AfterTransaction);
  CHECK(steps.back().statements == std::vector<std::string>{"PRAGMA foreign_keys=ON"});

  SUBCASE("a dropped table is framed too, and destructive") {
    Planned d;
    d.from = schema(kUser + std::string("model Tmp {\n id Int @id\n}\n"));
    d.to = schema(kUser);
    d.changes = {{ir::DropTable{table(d.from, "Tmp")}}};
    run(d);
    CHECK(framed(d.plan));
    const Step* drop = step_named(d.plan, "DropTable \"Tmp\"");
    REQUIRE(drop != nullptr);
    CHECK(drop->statements == std::vector<std::string>{"DROP TABLE \"Tmp\""});
    CHECK(drop->destructive);
    CHECK(drop->destructive_note == "drops table \"Tmp\" and all its rows");
  }
  SUBCASE("a plan from empty has no PRAGMA at all") {
    const Plan empty_plan = plan_from_empty(p.to);
    for (const Step& step : empty_plan.steps) {
      CHECK(step.placement == Placement::InTransaction);
      for (const std::string& s : step.statements) {
        CHECK(s.find("PRAGMA") == std::string::npos);
      }
    }
  }
}

TEST_CASE("sqlite plan: a renamed table that is also rebuilt is renamed first") {
  Planned p;
  p.from = schema("model Old {\n id Int @id\n a String\n}\n");
  p.to = schema("model New {\n id Int @id\n a String?\n}\n");
  const ir::Column a_before = column(p.from, "Old", "a");
  p.changes = {
      {ir::RenameTable{ref("Old"), "New"}},
      {ir::AlterColumn{ref("New"), a_before, column(p.to, "New", "a"), ir::kChangeNullability}}};
  run(p);
  const auto all = all_statements(p.plan);
  const auto rename = std::find(all.begin(), all.end(), "ALTER TABLE \"Old\" RENAME TO \"New\"");
  const auto copy = std::find(all.begin(), all.end(),
                              "INSERT INTO \"new_New\" (\"id\", \"a\") SELECT \"id\", \"a\" FROM "
                              "\"New\"");
  REQUIRE(rename != all.end());
  REQUIRE(copy != all.end());
  CHECK(rename < copy);
  CHECK(has_statement(p.plan, "DROP TABLE \"New\""));
}

TEST_CASE("sqlite plan: renames, index changes and foreign keys of existing tables") {
  Planned p;
  p.from = schema(R"(
model User {
  id    Int    @id
  email String @unique
  name  String
  @@index([name], map: "by_name")
}
model Post {
  id       Int @id
  authorId Int
}
)");
  p.to = schema(R"(
model User {
  id       Int    @id
  email    String
  fullName String
  posts    Post[]
  @@index([fullName], map: "by_full_name")
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
)");
  p.changes = {
      {ir::DropIndex{ref("User"), *table(p.from, "User").find_index("User_email_key")}},
      {ir::RenameColumn{ref("User"), "name", "fullName"}},
      {ir::RenameIndex{ref("User"), "by_name", "by_full_name"}},
      {ir::AddForeignKey{ref("Post"), table(p.to, "Post").foreign_keys.front()}},
  };
  run(p);
  CHECK(has_statement(p.plan, "DROP INDEX \"User_email_key\""));
  CHECK(has_statement(p.plan, "ALTER TABLE \"User\" RENAME COLUMN \"name\" TO \"fullName\""));
  const Step* rename_index = step_named(p.plan, "RenameIndex \"by_name\" to \"by_full_name\"");
  REQUIRE(rename_index != nullptr);
  CHECK(rename_index->statements ==
        std::vector<std::string>{"DROP INDEX \"by_name\"",
                                 "CREATE INDEX \"by_full_name\" ON \"User\"(\"fullName\")"});
  // A foreign key added to an existing table: SQLite has no ADD CONSTRAINT, so Post is rebuilt
  // with it inline; User is not touched.
  const Step* rebuild = step_named(p.plan, "RedefineTable \"Post\"");
  REQUIRE(rebuild != nullptr);
  CHECK(rebuild->statements.front().find(
            "CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\") REFERENCES \"User\" "
            "(\"id\") ON DELETE RESTRICT ON UPDATE CASCADE") != std::string::npos);
  CHECK(rebuild->changes == std::vector<std::size_t>{3});
  CHECK(step_named(p.plan, "RedefineTable \"User\"") == nullptr);
  // Every change is carried out by exactly one step.
  std::vector<std::size_t> carried;
  for (const Step& step : p.plan.steps) {
    carried.insert(carried.end(), step.changes.begin(), step.changes.end());
  }
  std::sort(carried.begin(), carried.end());
  CHECK(carried == std::vector<std::size_t>{0, 1, 2, 3});
  CHECK(p.plan.warnings.empty());  // nothing references Post
}

TEST_CASE("sqlite plan: swapped column names cannot be renamed in place: rebuild") {
  Planned p;
  p.from = schema("model S {\n id Int @id\n a String\n b String\n}\n");
  p.to = p.from;
  p.changes = {{ir::RenameColumn{ref("S"), "a", "b"}}, {ir::RenameColumn{ref("S"), "b", "a"}}};
  run(p);
  CHECK(has_statement(p.plan,
                      "INSERT INTO \"new_S\" (\"id\", \"a\", \"b\") SELECT \"id\", \"b\", "
                      "\"a\" FROM \"S\""));
}

TEST_CASE("sqlite plan: a rebuilt table other tables reference is a warning") {
  Planned p;
  p.from = schema(R"(
model User {
  id    Int    @id
  email String
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id], onDelete: Cascade)
}
)");
  p.to = p.from;
  ir::Column email = column(p.to, "User", "email");
  email.nullable = true;
  p.to.tables[0].columns[1] = email;
  p.changes = {{ir::AlterColumn{ref("User"), column(p.from, "User", "email"), email,
                                ir::kChangeNullability}}};
  run(p);
  CHECK(p.plan.rebuilt_tables == std::vector<ir::TableRef>{ref("User")});
  REQUIRE(p.plan.warnings.size() == 1);
  CHECK(p.plan.warnings[0].rfind("table \"User\" is rebuilt: 1 table references it", 0) == 0);
}

TEST_CASE("sqlite plan: odd identifiers and literals are quoted everywhere") {
  Planned p;
  p.from = schema("model T {\n id Int @id\n @@map(\"we\\\"ird\")\n}\n");
  p.to = schema(
      "model T {\n id Int @id\n v String @default(\"it's\") @map(\"va\\\"l\")\n"
      " @@map(\"we\\\"ird\")\n}\n");
  SUBCASE("ADD COLUMN") {
    p.changes = {{ir::AddColumn{ref("we\"ird"), column(p.to, "we\"ird", "va\"l")}}};
    run(p);
    CHECK(has_statement(p.plan,
                        "ALTER TABLE \"we\"\"ird\" ADD COLUMN \"va\"\"l\" TEXT NOT NULL "
                        "DEFAULT 'it''s'"));
  }
  SUBCASE("rebuild") {
    p.changes = {{ir::AddColumn{ref("we\"ird"), column(p.to, "we\"ird", "va\"l")}}};
    p.backfills = {{ref("we\"ird"), "va\"l", "'o''k'"}};
    run(p);
    CHECK(has_statement(p.plan,
                        "INSERT INTO \"new_we\"\"ird\" (\"id\", \"va\"\"l\") SELECT "
                        "\"id\", 'o''k' FROM \"we\"\"ird\""));
    CHECK(has_statement(p.plan, "ALTER TABLE \"new_we\"\"ird\" RENAME TO \"we\"\"ird\""));
  }
}
