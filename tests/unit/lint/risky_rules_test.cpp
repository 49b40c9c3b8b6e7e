// Tests for lint/rules R101-R108: changes that may fail or lock.
#include <doctest/doctest.h>

#include "tests/unit/lint/lint_fixture.hpp"

using namespace schemac;
using namespace schemac::ir;
using namespace schemac::test;

TEST_CASE("lint: a required column without a default is R101") {
  const LintFixture f;
  const auto findings = f.assess(AddColumn{kUser, int_column("age")});
  CHECK(codes(findings) == std::vector<std::string>{"R101"});
  CHECK(findings[0].message ==
        R"(adds required column "User"."age" without a default: existing rows need a value (--backfill), or the migration fails on a table that has any)");
}

TEST_CASE("lint: R101 and R102 say what existing rows get from a --backfill or a default") {
  LintFixture f;
  f.context.backfills.push_back({kUser, "age", "18"});
  f.context.backfills.push_back({kUser, "n", "0"});
  const auto added = f.assess(AddColumn{kUser, int_column("age")});
  CHECK(codes(added) == std::vector<std::string>{"R101"});
  CHECK(added[0].message ==
        R"(adds required column "User"."age" without a default: existing rows get the --backfill value 18)");
  const auto required = f.assess(alter(int_column("n", true), int_column("n")));
  CHECK(required[0].message ==
        R"(makes column "User"."n" required: NULLs become the --backfill value 0)");
  ir::Column with_default = int_column("m");
  with_default.default_value = ir::Default{ir::DefaultKind::Value, {ir::ValueKind::Number, "1", {}}, "", ""};
  ir::Column was_optional = with_default;
  was_optional.nullable = true;
  const auto defaulted = f.assess(alter(was_optional, with_default));
  CHECK(codes(defaulted)[0] == "R102");
  CHECK(defaulted[0].message == R"(makes column "User"."m" required: NULLs become its default)");
}

TEST_CASE("lint: an autoincrement column needs no default to be safe") {
  const LintFixture f;
  Column seq = int_column("seq");
  seq.autoincrement = true;
  CHECK(codes(f.assess(AddColumn{kUser, seq})) == std::vector<std::string>{"S002"});
}

TEST_CASE("lint: making a column required is R102") {
  const LintFixture f;
  const auto findings = f.assess(alter(int_column("n", true), int_column("n")));
  CHECK(codes(findings) == std::vector<std::string>{"R102"});
  CHECK(findings[0].message ==
        R"(makes column "User"."n" required: fails if a row holds NULL (give a --backfill value))");
}

TEST_CASE("lint: a widening type change is R103") {
  const LintFixture f;
  const auto findings = f.assess(alter(int_column("n"), column("n", TypeFamily::BigInt, "BIGINT")));
  CHECK(codes(findings) == std::vector<std::string>{"R103"});
  CHECK(findings[0].message == R"(changes the type of column "User"."n" from INTEGER to BIGINT)");
}

TEST_CASE("lint: an autoincrement change is R103") {
  const LintFixture f;
  Column serial = int_column("n");
  serial.autoincrement = true;
  const auto findings = f.assess(alter(int_column("n"), serial));
  CHECK(codes(findings) == std::vector<std::string>{"R103"});
  CHECK(findings[0].message == R"(adds autoincrement to column "User"."n")");
}

TEST_CASE("lint: renaming a table or a column is R104") {
  const LintFixture f;
  CHECK(f.assess(RenameTable{kUser, "Person"})[0].message == R"(renames table "User" to "Person")");
  const auto column = f.assess(RenameColumn{kUser, "name", "fullName"});
  CHECK(codes(column) == std::vector<std::string>{"R104"});
  CHECK(column[0].message == R"(renames column "User"."name" to "fullName")");
}

TEST_CASE("lint: a unique index on an existing table is R105, and R107 on PostgreSQL") {
  const Index email = unique("User_email_key", {"email"});
  SUBCASE("SQLite") {
    const LintFixture f;
    const auto findings = f.assess(CreateIndex{kUser, email});
    CHECK(codes(findings) == std::vector<std::string>{"R105"});
    CHECK(findings[0].message ==
          R"(adds unique index "User_email_key" on "User"("email"): fails if existing rows )"
          R"(hold duplicates)");
  }
  SUBCASE("PostgreSQL") {
    const LintFixture f(Dialect::Postgres);
    CHECK(codes(f.assess(CreateIndex{kUser, email})) == std::vector<std::string>{"R105", "R107"});
  }
  SUBCASE("PostgreSQL --online") {
    LintFixture f(Dialect::Postgres);
    f.context.online = true;
    CHECK(codes(f.assess(CreateIndex{kUser, email})) == std::vector<std::string>{"R105"});
  }
}

TEST_CASE("lint: a plain index on PostgreSQL without --online is R107 before S003") {
  LintFixture f(Dialect::Postgres);
  const auto findings = f.assess(CreateIndex{kUser, index("User_email_idx", {"email"})});
  CHECK(codes(findings) == std::vector<std::string>{"R107", "S003"});
  CHECK(findings[0].message ==
        R"(builds index "User_email_idx" with a blocking CREATE INDEX: writes to "User" wait )"
        R"(until it is built)");
  f.context.online = true;
  CHECK(codes(f.assess(CreateIndex{kUser, index("User_email_idx", {"email"})})) ==
        std::vector<std::string>{"S003"});
}

TEST_CASE("lint: a foreign key added to an existing table is R106") {
  const LintFixture f;
  const auto findings = f.assess(
      AddForeignKey{kPost, foreign_key("Post_authorId_fkey", {"authorId"}, "User", {"id"})});
  CHECK(codes(findings) == std::vector<std::string>{"R106"});
  CHECK(findings[0].message ==
        R"(adds foreign key "Post_authorId_fkey" on "Post"("authorId") referencing )"
        R"("User"("id"): fails on orphaned rows and locks both tables)");
}

TEST_CASE("lint: a default changed or dropped is R108") {
  const LintFixture f;
  Column one = int_column("n");
  one.default_value = number_default("1");
  Column two = int_column("n");
  two.default_value = number_default("2");
  const auto changed = f.assess(alter(one, two));
  CHECK(codes(changed) == std::vector<std::string>{"R108"});
  CHECK(changed[0].message == R"(changes the default of column "User"."n")");
  CHECK(f.assess(alter(one, int_column("n")))[0].message ==
        R"(drops the default of column "User"."n")");
}

TEST_CASE("lint: a column changed in several ways gets one finding per rule, worst first") {
  const LintFixture f;
  Column before = int_column("n", true);
  before.default_value = number_default("1");
  const Column after = text_column("n");
  CHECK(codes(f.assess(alter(before, after))) == std::vector<std::string>{"R102", "R103", "R108"});
  CHECK(codes(f.assess(alter(after, before))) == std::vector<std::string>{"H205", "S002"});
}
