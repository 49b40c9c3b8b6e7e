// Tests for ir/diff: renames come only from hints, and hints that name nothing are errors.
#include <doctest/doctest.h>

#include "tests/unit/diff/ir_builders.hpp"

using namespace schemac;
using namespace schemac::ir;
using namespace schemac::test;

namespace {

RenameHints rename_table(std::string from, std::string to) {
  RenameHints hints;
  hints.tables.push_back({"", std::move(from), std::move(to)});
  return hints;
}

RenameHints rename_column(std::string table, std::string from, std::string to) {
  RenameHints hints;
  hints.columns.push_back({"", std::move(table), std::move(from), std::move(to)});
  return hints;
}

std::string diff_error(const Schema& from, const Schema& to, const RenameHints& hints) {
  const auto result = diff(from, to, hints);
  REQUIRE_FALSE(result.ok());
  return result.error().message;
}

}  // namespace

TEST_CASE("differ: rename hint emits RenameColumn, never drop and add") {
  const Schema from = schema({table("User", {text_column("name")})});
  const Schema to = schema({table("User", {text_column("fullName")})});
  const auto changes = diff_ok(from, to, rename_column("User", "name", "fullName"));
  REQUIRE(outline(changes) == std::vector<std::string>{"RenameColumn User"});
  const RenameColumn& rename = nth_of<RenameColumn>(changes);
  CHECK(rename.from == "name");
  CHECK(rename.to == "fullName");
}

TEST_CASE("differ: without a hint a renamed column is a drop and an add, never guessed") {
  const Schema from = schema({table("User", {text_column("name")})});
  const Schema to = schema({table("User", {text_column("fullName")})});
  CHECK(outline(diff_ok(from, to)) ==
        std::vector<std::string>{"AddColumn User", "DropColumn User"});
}

TEST_CASE("differ: a renamed column that also changes is altered under its new name") {
  const Schema from = schema({table("User", {text_column("name")})});
  const Schema to = schema({table("User", {text_column("fullName", true)})});
  const auto changes = diff_ok(from, to, rename_column("User", "name", "fullName"));
  CHECK(outline(changes) == std::vector<std::string>{"RenameColumn User", "AlterColumn User"});
  const AlterColumn& alter = nth_of<AlterColumn>(changes);
  CHECK(alter.before.name == "fullName");
  CHECK(alter.changes == kChangeNullability);
}

TEST_CASE("differ: a column renamed away leaves its old name free for a new column") {
  const Schema from = schema({table("User", {text_column("name")})});
  const Schema to = schema({table("User", {text_column("fullName"), int_column("name")})});
  const auto changes = diff_ok(from, to, rename_column("User", "name", "fullName"));
  CHECK(outline(changes) == std::vector<std::string>{"RenameColumn User", "AddColumn User"});
  CHECK(nth_of<AddColumn>(changes).column.type.family == TypeFamily::Int);
}

TEST_CASE("differ: a table rename carries Prisma-derived constraint names along") {
  Table before = table("Old", {text_column("email")});
  before.indexes.push_back(unique("Old_email_key", {"email"}));
  Table after = table("New", {text_column("email")});
  after.indexes.push_back(unique("New_email_key", {"email"}));
  const auto changes = diff_ok(schema({before}), schema({after}), rename_table("Old", "New"));
  CHECK(outline(changes) ==
        std::vector<std::string>{"RenameTable New", "ChangePrimaryKey New", "RenameIndex New"});
  const RenameTable& rename = nth_of<RenameTable>(changes);
  CHECK(rename.from == TableRef{"", "Old"});
  CHECK(rename.to == "New");
  const ChangePrimaryKey& pk = nth_of<ChangePrimaryKey>(changes);
  CHECK(pk.before->columns == pk.after->columns);  // only the name follows the table
  CHECK(pk.after->name == "New_pkey");
  CHECK(nth_of<RenameIndex>(changes).from == "Old_email_key");
  CHECK(nth_of<RenameIndex>(changes).to == "New_email_key");
}

TEST_CASE("differ: a table and one of its columns renamed together") {
  Table before = table("Old", {text_column("name")});
  before.primary_key->name = "T_pkey";
  Table after = table("New", {text_column("fullName")});
  after.primary_key->name = "T_pkey";
  RenameHints hints = rename_table("Old", "New");
  hints.columns.push_back({"", "New", "name", "fullName"});  // the table by TO's name
  const auto changes = diff_ok(schema({before}), schema({after}), hints);
  CHECK(outline(changes) == std::vector<std::string>{"RenameTable New", "RenameColumn New"});
}

TEST_CASE("differ: drops in a renamed table name FROM's table, the rest TO's") {
  Table before = table("Old", {text_column("a")});
  before.primary_key->name = "T_pkey";
  before.indexes.push_back(index("a_idx", {"a"}));
  Table after = table("New", {text_column("b", true)});
  after.primary_key->name = "T_pkey";
  const auto changes = diff_ok(schema({before}), schema({after}), rename_table("Old", "New"));
  CHECK(outline(changes) == std::vector<std::string>{"DropIndex Old", "RenameTable New",
                                                     "AddColumn New", "DropColumn New"});
}

TEST_CASE("differ: foreign keys to a renamed table or renamed columns are not a difference") {
  Table user = table("User", {int_column("uid")});
  user.primary_key->name = "pk";
  Table post = table("Post", {int_column("authorId")});
  post.foreign_keys.push_back(foreign_key("Post_authorId_fkey", {"authorId"}, "User", {"uid"}));

  Table account = table("Account", {int_column("accountUid")});
  account.primary_key->name = "pk";
  Table post_after = table("Post", {int_column("writerId")});
  post_after.foreign_keys.push_back(
      foreign_key("Post_authorId_fkey", {"writerId"}, "Account", {"accountUid"}));

  RenameHints hints = rename_table("User", "Account");
  hints.columns.push_back({"", "Account", "uid", "accountUid"});
  hints.columns.push_back({"", "Post", "authorId", "writerId"});
  const auto changes = diff_ok(schema({user, post}), schema({account, post_after}), hints);
  CHECK(outline(changes) == std::vector<std::string>{"RenameTable Account", "RenameColumn Account",
                                                     "RenameColumn Post"});
}

TEST_CASE("differ: a table renamed away leaves its old name free for a new table") {
  const auto changes =
      diff_ok(schema({table("A")}), schema({table("A"), table("B")}), rename_table("A", "B"));
  CHECK(outline(changes) ==
        std::vector<std::string>{"RenameTable B", "ChangePrimaryKey B", "CreateTable A"});
}

TEST_CASE("differ: a rename hint that names nothing is a one-line error") {
  const Schema from = schema({table("User", {text_column("name")}), table("Taken")});
  const Schema to = schema({table("Person", {text_column("fullName")}), table("Taken")});
  std::string expected;
  RenameHints hints;
  SUBCASE("table missing from FROM") {
    hints = rename_table("Nobody", "Person");
    expected = R"(cannot rename table "Nobody" to "Person": FROM has no table "Nobody")";
  }
  SUBCASE("table missing from TO") {
    hints = rename_table("User", "Nobody");
    expected = R"(cannot rename table "User" to "Nobody": TO has no table "Nobody")";
  }
  SUBCASE("new name already taken in FROM") {
    hints = rename_table("User", "Taken");
    expected = R"(cannot rename table "User" to "Taken": table "Taken" already exists in FROM)";
  }
  SUBCASE("column hint on a table missing from TO") {
    hints = rename_column("User", "name", "fullName");
    expected = R"(cannot rename column "User"."name" to "fullName": TO has no table "User")";
  }
  SUBCASE("column hint on a table that is new in TO") {
    hints = rename_column("Person", "name", "fullName");
    expected = R"(cannot rename column "Person"."name" to "fullName": the table is new in TO; )"
               R"(there is nothing to rename)";
  }
  SUBCASE("column missing from FROM") {
    hints = rename_table("User", "Person");
    hints.columns.push_back({"", "Person", "nick", "fullName"});
    expected = R"(cannot rename column "Person"."nick" to "fullName": table "User" has no )"
               R"(column "nick" in FROM)";
  }
  SUBCASE("column missing from TO") {
    hints = rename_table("User", "Person");
    hints.columns.push_back({"", "Person", "name", "nick"});
    expected = R"(cannot rename column "Person"."name" to "nick": table "Person" has no )"
               R"(column "nick" in TO)";
  }
  SUBCASE("two columns renamed to one name") {
    const Schema from2 = schema({table("T", {text_column("a"), text_column("b")})});
    const Schema to2 = schema({table("T", {text_column("c")})});
    hints = rename_column("T", "a", "c");
    hints.columns.push_back({"", "T", "b", "c"});
    CHECK(diff_error(from2, to2, hints) ==
          R"(cannot rename column "T"."b" to "c": two columns are renamed to "c")");
    return;
  }
  const std::string message = diff_error(from, to, hints);
  CHECK(message == expected);
  CHECK(message.find('\n') == std::string::npos);
}

TEST_CASE("differ: a hint in a namespace names the table with it in errors") {
  Table t = table("User");
  t.schema_name = "auth";
  RenameHints hints;
  hints.tables.push_back({"auth", "Gone", "User"});
  CHECK(diff_error(schema({t}), schema({t}), hints) ==
        R"(cannot rename table "auth"."Gone" to "User": FROM has no table "Gone")");
}

TEST_CASE("differ: indexes and primary keys follow a renamed column") {
  Table before = table("User", {text_column("name")});
  before.primary_key = primary_key("User_pkey", {"id", "name"});
  before.indexes.push_back(index("by_name", {"name"}));
  before.indexes.push_back(unique("User_name_key", {"name"}));
  Table after = table("User", {text_column("fullName")});
  after.primary_key = primary_key("User_pkey", {"id", "fullName"});
  after.indexes.push_back(index("by_name", {"fullName"}));             // same name: unchanged
  after.indexes.push_back(unique("User_fullName_key", {"fullName"}));  // derived name: renamed
  const auto changes =
      diff_ok(schema({before}), schema({after}), rename_column("User", "name", "fullName"));
  CHECK(outline(changes) == std::vector<std::string>{"RenameColumn User", "RenameIndex User"});
  CHECK(nth_of<RenameIndex>(changes).to == "User_fullName_key");
}

TEST_CASE("differ: a renamed table's own foreign key under a derived name is dropped and added") {
  // Prisma renames such a key on PostgreSQL (RenameForeignKey); the change model has no rename
  // of a foreign key, so the name change is a drop and an add (ir/diff.hpp).
  Table before = table("Old", {int_column("ownerId")});
  before.primary_key->name = "T_pkey";
  before.foreign_keys.push_back(foreign_key("Old_ownerId_fkey", {"ownerId"}, "Owner", {"id"}));
  Table after = table("New", {int_column("ownerId")});
  after.primary_key->name = "T_pkey";
  after.foreign_keys.push_back(foreign_key("New_ownerId_fkey", {"ownerId"}, "Owner", {"id"}));
  const auto changes = diff_ok(schema({table("Owner"), before}), schema({table("Owner"), after}),
                               rename_table("Old", "New"));
  CHECK(outline(changes) ==
        std::vector<std::string>{"DropForeignKey Old", "RenameTable New", "AddForeignKey New"});
}

TEST_CASE("differ: inverted hints take TO back to FROM") {
  Table before = table("User", {text_column("name")});
  before.primary_key->name = "pk";
  Table after = table("Person", {text_column("fullName")});
  after.primary_key->name = "pk";
  RenameHints hints = rename_table("User", "Person");
  hints.columns.push_back({"", "Person", "name", "fullName"});
  const auto back = diff_ok(schema({after}), schema({before}), hints.inverted());
  CHECK(outline(back) == std::vector<std::string>{"RenameTable User", "RenameColumn User"});
  CHECK(nth_of<RenameColumn>(back).from == "fullName");
  CHECK(nth_of<RenameColumn>(back).to == "name");
}
