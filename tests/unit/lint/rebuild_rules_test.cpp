// Tests for lint H207 and assess_all: SQLite rebuilds of referenced tables, flagged once.
#include <doctest/doctest.h>

#include "ir/diff.hpp"
#include "tests/unit/lint/lint_fixture.hpp"

using namespace schemac;
using namespace schemac::ir;
using namespace schemac::test;

TEST_CASE("lint: a change on a rebuilt table that other tables reference is H207") {
  LintFixture f;
  f.context.rebuilt_tables = {kUser};
  const auto findings = f.assess(alter(text_column("email"), text_column("email", true)));
  CHECK(codes(findings) == std::vector<std::string>{"H207", "S002"});
  CHECK(findings[0].message ==
        R"(rebuilds table "User", which 1 other table references ("Post"): rows are copied )"
        R"(with foreign keys off and checked afterwards)");
}

TEST_CASE("lint: no H207 for a rebuilt table nothing else references") {
  LintFixture f;
  SUBCASE("not referenced") {
    f.context.rebuilt_tables = {kPost};
  }
  SUBCASE("referenced only by itself") {
    f.to.tables[1].foreign_keys.push_back(foreign_key("Post_parent_fkey", {"id"}, "Post", {"id"}));
    f.context.rebuilt_tables = {kPost};
  }
  SUBCASE("referenced, but not rebuilt") {
    f.context.rebuilt_tables = {};
  }
  CHECK(codes(f.assess(DropColumn{kPost, int_column("x")})) == std::vector<std::string>{"H202"});
}

TEST_CASE("lint: H207 names a few referencing tables, then counts") {
  LintFixture f;
  for (const char* name : {"A", "B", "C", "D"}) {
    Table t = table(name, {int_column("userId")});
    t.foreign_keys.push_back(foreign_key(std::string(name) + "_fk", {"userId"}, "User", {"id"}));
    t.foreign_keys.push_back(foreign_key(std::string(name) + "_fk2", {"id"}, "User", {"id"}));
    f.to.tables.push_back(t);
  }
  f.context.rebuilt_tables = {kUser};
  CHECK(f.assess(RenameColumn{kUser, "a", "b"})[0].message ==
        R"(rebuilds table "User", which 5 other tables reference ("Post", "A", "B", …): rows )"
        R"(are copied with foreign keys off and checked afterwards)");
}

TEST_CASE("lint: assess_all attaches H207 once per rebuilt table, to its first change") {
  LintFixture f;
  f.to.tables[0].columns[1].nullable = true;
  f.to.tables[0].columns.push_back(int_column("age"));
  const auto changes = diff(f.from, f.to).value();
  REQUIRE(changes.size() == 2);  // AddColumn, AlterColumn
  f.context.rebuilt_tables = {kUser};
  const auto all = lint::assess_all(changes, f.context);
  REQUIRE(all.size() == 2);
  CHECK(codes(all[0]) == std::vector<std::string>{"H207", "R101"});
  CHECK(codes(all[1]) == std::vector<std::string>{"S002"});
  // assess() of one change cannot see the others, so each change carries it.
  CHECK(codes(lint::assess(changes[1], f.context)) == std::vector<std::string>{"H207", "S002"});
}

TEST_CASE("lint: assess_all knows a renamed table is not a new one") {
  LintFixture f;
  f.to.tables[0].name = "Person";
  f.to.tables[0].primary_key->name = "User_pkey";
  f.to.tables[0].indexes.push_back(unique("Person_email_key", {"email"}));
  f.to.tables[1].foreign_keys[0].referenced_table = "Person";
  RenameHints hints;
  hints.tables.push_back({"", "User", "Person"});
  const auto changes = diff(f.from, f.to, hints).value();
  const auto all = lint::assess_all(changes, f.context);
  REQUIRE(changes.size() == 2);  // RenameTable, CreateIndex
  CHECK(codes(all[0]) == std::vector<std::string>{"R104"});
  CHECK(codes(all[1]) == std::vector<std::string>{"R105"});
}

TEST_CASE("lint: assess_all gives every change of a large diff at least one finding") {
  LintFixture f(Dialect::Postgres);
  f.from.enums.push_back({"Role", "", {"A", "B"}});
  f.from.tables.push_back(table("Gone", {int_column("x")}));
  f.to.namespaces = {"public"};
  f.to.extensions = {{"citext", "", ""}};
  f.to.enums.push_back({"Role", "", {"A", "C"}});
  f.to.enums.push_back({"Kind", "", {"K"}});
  Table tag = table("Tag", {int_column("userId"), text_column("name")});
  tag.indexes.push_back(unique("Tag_name_key", {"name"}));
  tag.foreign_keys.push_back(foreign_key("Tag_userId_fkey", {"userId"}, "User", {"id"}));
  f.to.tables.push_back(tag);
  f.to.tables[0].columns[1] = column("email", TypeFamily::String, "VARCHAR(10)");
  f.to.tables[0].columns.push_back(int_column("age"));
  f.to.tables[0].indexes.push_back(unique("User_email_key", {"email"}));
  f.to.tables[1].foreign_keys[0].on_delete = ReferentialAction::Cascade;
  const auto changes = diff(f.from, f.to).value();
  const auto all = lint::assess_all(changes, f.context);
  REQUIRE(all.size() == changes.size());
  std::vector<std::string> seen;
  for (std::size_t i = 0; i < changes.size(); ++i) {
    CAPTURE(describe(changes[i]));
    CHECK_FALSE(all[i].empty());
    for (const std::string& code : codes(all[i])) {
      seen.push_back(code);
    }
  }
  std::sort(seen.begin(), seen.end());
  seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
  CHECK(seen == std::vector<std::string>{"H201", "H204", "H205", "H206", "R101", "R105", "R106",
                                         "R107", "S001", "S003", "S004"});
}
