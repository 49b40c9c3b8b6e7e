// Tests for lint/rules H201-H207: changes that lose data or break relationships.
#include <doctest/doctest.h>

#include "tests/unit/lint/lint_fixture.hpp"

using namespace schemac;
using namespace schemac::ir;
using namespace schemac::test;

TEST_CASE("lint: dropping a table is H201") {
  const LintFixture f;
  const auto findings = f.assess(DropTable{table("Post")});
  CHECK(codes(findings) == std::vector<std::string>{"H201"});
  CHECK(findings[0].message == R"(drops table "Post" and all its rows)");
}

TEST_CASE("lint: dropping a column is H202") {
  const LintFixture f;
  const auto findings = f.assess(DropColumn{kUser, int_column("age")});
  CHECK(codes(findings) == std::vector<std::string>{"H202"});
  CHECK(findings[0].message == R"(drops column "User"."age" and its data)");
}

TEST_CASE("lint: a primary key on other columns, added or dropped is H203") {
  const LintFixture f;
  const auto changed = f.assess(ChangePrimaryKey{kUser, primary_key("User_pkey", {"id"}),
                                                 primary_key("User_pkey", {"id", "email"})});
  CHECK(codes(changed) == std::vector<std::string>{"H203"});
  CHECK(changed[0].message ==
        R"(changes the primary key of "User" from ("id") to ("id", "email"))");
  CHECK(codes(f.assess(ChangePrimaryKey{kUser, std::nullopt, primary_key("p", {"id"})})) ==
        std::vector<std::string>{"H203"});
  CHECK(f.assess(ChangePrimaryKey{kUser, primary_key("p", {"id"}), std::nullopt})[0].message ==
        R"(drops the primary key ("id") of "User")");
}

TEST_CASE("lint: dropping a foreign key of a table that stays is H204") {
  const LintFixture f;
  const auto findings = f.assess(DropForeignKey{kPost, f.from.tables[1].foreign_keys[0]});
  CHECK(codes(findings) == std::vector<std::string>{"H204"});
  CHECK(findings[0].message ==
        R"(drops foreign key "Post_authorId_fkey" on "Post"("authorId") referencing "User"("id"))");
}

TEST_CASE("lint: a foreign key dropped with its table is part of H201, not H204") {
  LintFixture f;
  f.to.tables.pop_back();  // Post is dropped
  const auto findings = f.assess(DropForeignKey{kPost, f.from.tables[1].foreign_keys[0]});
  CHECK(codes(findings) == std::vector<std::string>{"H201"});
  CHECK(findings[0].message == R"(drops foreign key "Post_authorId_fkey" along with table "Post")");
}

TEST_CASE("lint: a lossy type change is H205 and says why") {
  const LintFixture f;
  const auto findings = f.assess(alter(text_column("n"), int_column("n")));
  CHECK(codes(findings) == std::vector<std::string>{"H205"});
  CHECK(findings[0].message ==
        R"(changes column "User"."n" from TEXT to INTEGER: text → number (TEXT → INTEGER))");
}

TEST_CASE("lint: removing enum values is H206, before the S004 of added ones") {
  const LintFixture f;
  const Enum before{"Role", "", {"USER", "ADMIN"}};
  const Enum after{"Role", "", {"USER", "OWNER"}};
  const auto findings = f.assess(AlterEnum{before, after, {"OWNER"}, {"ADMIN"}});
  CHECK(codes(findings) == std::vector<std::string>{"H206", "S004"});
  CHECK(findings[0].message ==
        R"(removes value "ADMIN" from enum "Role": rows holding it make the migration fail)");
}

TEST_CASE("lint: enums and tables in a namespace are named with it") {
  const LintFixture f;
  CHECK(f.assess(DropColumn{{"auth", "User"}, int_column("age")})[0].message ==
        R"(drops column "auth"."User"."age" and its data)");
  CHECK(f.assess(CreateEnum{{"Role", "auth", {"A"}}})[0].message ==
        R"(creates enum "auth"."Role")");
}
