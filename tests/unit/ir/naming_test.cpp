// Tests for ir/naming: every expected name below was printed by Prisma 7.10.1's engine
// (../shared/oracle/bin/prisma-diff --from empty) for a schema with these models on PostgreSQL.
#include "ir/naming.hpp"

#include <doctest/doctest.h>

using namespace schemac::ir;
using namespace schemac::ir::naming;

namespace {

constexpr std::size_t kPg = 63;
const std::string kLong = "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz";
const std::string kOther = "AnotherQuiteLongModelNameForTheManyToManyRelationTestXy";

}  // namespace

TEST_CASE("naming: identifier limits per dialect follow Prisma's connectors") {
  CHECK(max_identifier_length(Dialect::Postgres) == 63);
  CHECK(max_identifier_length(Dialect::MySql) == 64);
  CHECK(max_identifier_length(Dialect::Sqlite) == 10000);
}

TEST_CASE("naming: short names are the plain conventions") {
  CHECK(primary_key_name("User", kPg) == "User_pkey");
  CHECK(unique_index_name("User", {"email"}, kPg) == "User_email_key");
  CHECK(unique_index_name("users", {"name", "role"}, kPg) == "users_name_role_key");
  CHECK(index_name("users", {"name", "email"}, kPg) == "users_name_email_idx");
  CHECK(foreign_key_name("Post", {"authorId"}, kPg) == "Post_authorId_fkey");
  CHECK(default_constraint_name("T", "c", 128) == "T_c_df");
}

TEST_CASE("naming: long names are cut to the limit minus the suffix, as Prisma does") {
  CHECK(primary_key_name(kLong, kPg) ==
        "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEve_pkey");
  CHECK(primary_key_name(kOther, kPg) ==
        "AnotherQuiteLongModelNameForTheManyToManyRelationTestXy_pkey");
  const std::vector<std::string> cols = {"aLongColumnNameNumberOne", "aLongColumnNameNumberTwo"};
  CHECK(index_name(kLong, cols, kPg) ==
        "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEver_idx");
  CHECK(unique_index_name(kLong, cols, kPg) ==
        "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEver_key");
  CHECK(foreign_key_name(kLong, {"otherId"}, kPg) ==
        "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEve_fkey");
  CHECK(primary_key_name(kLong, kPg).size() == 63);
}

TEST_CASE("naming: a name of exactly limit-suffix bytes keeps every byte") {
  const std::string t(58, 'x');  // 58 + "_pkey" = 63
  CHECK(primary_key_name(t, kPg) == t + "_pkey");
  CHECK(primary_key_name(t + "y", kPg) == t + "_pkey");
}

TEST_CASE("naming: truncation never splits a UTF-8 character") {
  SUBCASE("the oracle's unique index over a two-byte-per-letter column") {
    CHECK(unique_index_name("Ünïcödé", {"ééééééééééééééééééééééééééééé"}, kPg) ==
          "Ünïcödé_ééééééééééééééééééééééé_key");
  }
  SUBCASE("byte and character cuts") {
    CHECK(truncate_bytes("aé", 2) == "a");
    CHECK(truncate_bytes("aé", 3) == "aé");
    CHECK(truncate_bytes("abc", 0) == "");
    CHECK(truncate_chars("éé€x", 3) == "éé€");
    CHECK(truncate_chars("ab", 5) == "ab");
  }
}

TEST_CASE("naming: implicit many-to-many join table names") {
  SUBCASE("short") {
    const std::string t = join_table_name("PostToTag", kPg);
    CHECK(t == "_PostToTag");
    CHECK(join_table_primary_key_name(t, kPg) == "_PostToTag_AB_pkey");
    CHECK(join_table_unique_name(t, kPg) == "_PostToTag_AB_unique");
    CHECK(join_table_b_index_name(t, kPg) == "_PostToTag_B_index");
    CHECK(join_table_foreign_key_name(t, 'A', kPg) == "_PostToTag_A_fkey");
    CHECK(join_table_foreign_key_name(t, 'B', kPg) == "_PostToTag_B_fkey");
  }
  SUBCASE("long: every name cut its own way") {
    const std::string t = join_table_name(kLong + "To" + kOther, kPg);
    CHECK(t == "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz");
    CHECK(join_table_primary_key_name(t, kPg) ==
          "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAn_AB_pkey");
    CHECK(join_table_b_index_name(t, kPg) ==
          "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAn_B_index");
    CHECK(join_table_foreign_key_name(t, 'A', kPg) ==
          "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAnd_A_fkey");
    CHECK(join_table_foreign_key_name(t, 'B', kPg) ==
          "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAnd_B_fkey");
  }
}
