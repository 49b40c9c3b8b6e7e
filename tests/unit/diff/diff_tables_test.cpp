// Tests for ir/diff: tables created and dropped, the order of the list, determinism and scale.
#include <algorithm>

#include <doctest/doctest.h>

#include "tests/unit/diff/ir_builders.hpp"

using namespace schemac;
using namespace schemac::ir;
using namespace schemac::test;

TEST_CASE("differ: identical schemas give no changes") {
  Table user = table("User", {text_column("email")});
  user.indexes.push_back(unique("User_email_key", {"email"}));
  const Schema s = schema({user, table("Post")});
  CHECK(diff_ok(s, s).empty());
}

TEST_CASE("differ: a created table carries its indexes and foreign keys and emits them after it") {
  Table post = table("Post", {int_column("authorId")});
  post.indexes.push_back(index("Post_authorId_idx", {"authorId"}));
  post.foreign_keys.push_back(foreign_key("Post_authorId_fkey", {"authorId"}, "User", {"id"}));
  const auto changes = diff_ok(schema({}), schema({table("User"), post}));
  CHECK(outline(changes) == std::vector<std::string>{"CreateTable User", "CreateTable Post",
                                                     "CreateIndex Post", "AddForeignKey Post"});
  const CreateTable& created = nth_of<CreateTable>(changes, 1);
  CHECK(created.table == post);
  CHECK(nth_of<CreateIndex>(changes).index.name == "Post_authorId_idx");
  CHECK(nth_of<AddForeignKey>(changes).foreign_key.referenced_table == "User");
}

TEST_CASE("differ: a dropped table drops its own foreign keys first and none of its indexes") {
  Table post = table("Post", {int_column("authorId")});
  post.indexes.push_back(index("Post_authorId_idx", {"authorId"}));
  post.foreign_keys.push_back(foreign_key("Post_authorId_fkey", {"authorId"}, "User", {"id"}));
  const auto changes = diff_ok(schema({table("User"), post}), schema({}));
  CHECK(outline(changes) ==
        std::vector<std::string>{"DropForeignKey Post", "DropTable User", "DropTable Post"});
  CHECK(nth_of<DropTable>(changes, 1).table == post);
}

TEST_CASE("differ: a foreign key pointing at a dropped table is dropped before that table") {
  Table post = table("Post", {int_column("authorId", true)});
  post.foreign_keys.push_back(foreign_key("Post_authorId_fkey", {"authorId"}, "User", {"id"}));
  Table post_after = table("Post", {int_column("authorId", true)});
  const auto changes = diff_ok(schema({table("User"), post}), schema({post_after}));
  CHECK(outline(changes) == std::vector<std::string>{"DropForeignKey Post", "DropTable User"});
}

TEST_CASE("differ: within a kind, creations follow TO's table order and drops FROM's") {
  const Schema from = schema({table("C"), table("A"), table("B")});
  const Schema to = schema({table("Z"), table("Y"), table("B")});
  CHECK(outline(diff_ok(from, to)) ==
        std::vector<std::string>{"DropTable C", "DropTable A", "CreateTable Z", "CreateTable Y"});
}

TEST_CASE("differ: the list follows ChangeKind's order across tables") {
  Table a_from = table("A", {text_column("old")});
  Table b_from = table("B", {int_column("x")});
  Table a_to = table("A", {text_column("new", true)});
  Table b_to = table("B", {int_column("x", true)});
  const auto changes =
      diff_ok(schema({a_from, b_from, table("Gone")}), schema({b_to, a_to, table("New")}));
  CHECK(outline(changes) == std::vector<std::string>{"AddColumn A", "AlterColumn B", "DropColumn A",
                                                     "DropTable Gone", "CreateTable New"});
}

TEST_CASE("differ: tables in different namespaces with one name are different tables") {
  Table a = table("User");
  a.schema_name = "auth";
  Table b = table("User");
  b.schema_name = "public";
  const auto changes = diff_ok(schema({a}), schema({b}));
  CHECK(outline(changes) == std::vector<std::string>{"DropTable User", "CreateTable User"});
  CHECK(nth_of<DropTable>(changes).table.schema_name == "auth");
  CHECK(nth_of<CreateTable>(changes).table.schema_name == "public");
}

TEST_CASE("differ: the same inputs always give the same list") {
  std::vector<Table> from_tables;
  std::vector<Table> to_tables;
  for (int i = 0; i < 50; ++i) {
    Table t = table("T" + std::to_string(i), {text_column("a"), int_column("b")});
    t.indexes.push_back(index("T" + std::to_string(i) + "_a_idx", {"a"}));
    from_tables.push_back(t);
    if (i % 3 != 0) {
      t.columns[1].nullable = true;
      t.columns.push_back(int_column("c", true));
      t.indexes.push_back(unique("T" + std::to_string(i) + "_b_key", {"b"}));
      to_tables.push_back(t);
    }
  }
  const Schema from = schema(from_tables);
  const Schema to = schema(to_tables);
  const auto first = diff_ok(from, to);
  CHECK(outline(first) == outline(diff_ok(from, to)));
  CHECK(first.size() == 17 + 33 * 3);
}

TEST_CASE("differ: two schemas of ten thousand tables diff without quadratic scans") {
  std::vector<Table> from_tables;
  std::vector<Table> to_tables;
  for (int i = 0; i < 10000; ++i) {
    const std::string name = "Model" + std::to_string(i);
    Table t = table(name, {text_column("email"), int_column("ownerId", true)});
    t.indexes.push_back(unique(name + "_email_key", {"email"}));
    if (i > 0) {
      t.foreign_keys.push_back(foreign_key(name + "_ownerId_fkey", {"ownerId"},
                                           "Model" + std::to_string(i - 1), {"id"}));
    }
    from_tables.push_back(t);
    if (i % 2 == 0) {
      t.columns.push_back(text_column("note", true));
    }
    to_tables.push_back(std::move(t));
  }
  // Reverse one side: position lookups, not scans, must find each table's counterpart.
  std::reverse(to_tables.begin(), to_tables.end());
  const auto changes = diff_ok(schema(from_tables), schema(to_tables));
  CHECK(changes.size() == 5000);
  CHECK(std::get<AddColumn>(changes.front().kind).table.name == "Model9998");
}
