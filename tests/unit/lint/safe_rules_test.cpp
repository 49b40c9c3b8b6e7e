// Tests for lint/rules S001-S004: changes that cannot lose data, and their messages.
#include <doctest/doctest.h>

#include "tests/unit/lint/lint_fixture.hpp"

using namespace schemac;
using namespace schemac::ir;
using namespace schemac::test;

TEST_CASE("lint: creating a table, enum, schema or extension is S001") {
  const LintFixture f;
  const auto created = f.assess(CreateTable{table("Tag")});
  CHECK(codes(created) == std::vector<std::string>{"S001"});
  CHECK(created[0].message == R"(creates table "Tag")");
  CHECK(f.assess(CreateEnum{{"Role", "", {"A"}}})[0].message == R"(creates enum "Role")");
  CHECK(f.assess(CreateNamespace{"auth"})[0].message == R"(creates schema "auth")");
  CHECK(codes(f.assess(CreateExtension{{"citext", "", ""}})) == std::vector<std::string>{"S001"});
}

TEST_CASE("lint: a foreign key of a table created in the same migration is S001, not R106") {
  LintFixture f;
  Table tag = table("Tag", {int_column("userId")});
  tag.foreign_keys.push_back(foreign_key("Tag_userId_fkey", {"userId"}, "User", {"id"}));
  f.to.tables.push_back(tag);
  const auto findings = f.assess(AddForeignKey{{"", "Tag"}, tag.foreign_keys[0]});
  CHECK(codes(findings) == std::vector<std::string>{"S001"});
  CHECK(findings[0].message ==
        R"(adds foreign key "Tag_userId_fkey" of new table "Tag": no rows yet, so no orphans)");
}

TEST_CASE("lint: an added nullable column, or one with a default, is S002") {
  const LintFixture f;
  CHECK(f.assess(AddColumn{kUser, text_column("bio", true)})[0].message ==
        R"(adds nullable column "User"."bio")");
  Column age = int_column("age");
  age.default_value = number_default("0");
  const auto with_default = f.assess(AddColumn{kUser, age});
  CHECK(codes(with_default) == std::vector<std::string>{"S002"});
  CHECK(with_default[0].message == R"(adds column "User"."age" with a default)");
}

TEST_CASE("lint: relaxing a column to optional or giving it a default is S002") {
  const LintFixture f;
  CHECK(f.assess(alter(int_column("n"), int_column("n", true)))[0].message ==
        R"(makes column "User"."n" optional)");
  Column with_default = int_column("n");
  with_default.default_value = number_default("1");
  const auto findings = f.assess(alter(int_column("n"), with_default));
  CHECK(codes(findings) == std::vector<std::string>{"S002"});
  CHECK(findings[0].message == R"(gives column "User"."n" a default)");
}

TEST_CASE("lint: plain indexes created, any index dropped or renamed are S003") {
  const LintFixture f;
  CHECK(codes(f.assess(CreateIndex{kUser, index("User_email_idx", {"email"})})) ==
        std::vector<std::string>{"S003"});
  const auto dropped = f.assess(DropIndex{kUser, unique("User_email_key", {"email"})});
  CHECK(codes(dropped) == std::vector<std::string>{"S003"});
  CHECK(dropped[0].message == R"(drops index "User_email_key" on "User")");
  CHECK(f.assess(RenameIndex{kUser, "a", "b"})[0].message ==
        R"(renames index "a" on "User" to "b")");
}

TEST_CASE("lint: a unique index on a table created in the same migration is S003, not R105") {
  LintFixture f(Dialect::Postgres);
  Table tag = table("Tag", {text_column("name")});
  f.to.tables.push_back(tag);
  const auto findings = f.assess(CreateIndex{{"", "Tag"}, unique("Tag_name_key", {"name"})});
  CHECK(codes(findings) == std::vector<std::string>{"S003"});
  CHECK(findings[0].message == R"(creates index "Tag_name_key" on new table "Tag")");
}

TEST_CASE("lint: a primary key renamed with its table (same columns) is S003, not H203") {
  const LintFixture f;
  const auto findings = f.assess(ChangePrimaryKey{
      {"", "Person"}, primary_key("User_pkey", {"id"}), primary_key("Person_pkey", {"id"})});
  CHECK(codes(findings) == std::vector<std::string>{"S003"});
  CHECK(findings[0].message == R"(renames primary key "User_pkey" of "Person" to "Person_pkey")");
}

TEST_CASE("lint: added enum values and a dropped unused enum are S004") {
  const LintFixture f;
  const Enum before{"Role", "", {"USER"}};
  const Enum after{"Role", "", {"USER", "ADMIN", "OWNER"}};
  const auto added = f.assess(AlterEnum{before, after, {"ADMIN", "OWNER"}, {}});
  CHECK(codes(added) == std::vector<std::string>{"S004"});
  CHECK(added[0].message == R"(adds values "ADMIN", "OWNER" to enum "Role")");
  CHECK(codes(f.assess(DropEnum{before})) == std::vector<std::string>{"S004"});
}
