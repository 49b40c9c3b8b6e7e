// Tests for ir/diff: columns added, dropped and altered, and primary keys.
#include <doctest/doctest.h>

#include "tests/unit/diff/ir_builders.hpp"

using namespace schemac;
using namespace schemac::ir;
using namespace schemac::test;

TEST_CASE("differ: added and dropped columns, in declaration order") {
  const Schema from = schema({table("User", {text_column("a"), text_column("b")})});
  const Schema to = schema({table("User", {text_column("c"), text_column("d", true)})});
  const auto changes = diff_ok(from, to);
  CHECK(outline(changes) == std::vector<std::string>{"AddColumn User", "AddColumn User",
                                                     "DropColumn User", "DropColumn User"});
  CHECK(nth_of<AddColumn>(changes, 0).column.name == "c");
  CHECK(nth_of<AddColumn>(changes, 1).column.nullable);
  CHECK(nth_of<DropColumn>(changes, 0).column.name == "a");
  CHECK(nth_of<DropColumn>(changes, 1).column.name == "b");
}

TEST_CASE("differ: column order is not a difference") {
  const Schema from = schema({table("User", {text_column("a"), int_column("b")})});
  const Schema to = schema({table("User", {int_column("b"), text_column("a")})});
  CHECK(diff_ok(from, to).empty());
}

TEST_CASE("differ: an altered column says what changed in its bits") {
  Column before = int_column("n");
  Column after = before;
  std::uint8_t expected = 0;
  SUBCASE("type") {
    after.type = {TypeFamily::BigInt, "BIGINT", "", false};
    expected = kChangeType;
  }
  SUBCASE("array-ness is a type change") {
    after.type.is_array = true;
    expected = kChangeType;
  }
  SUBCASE("nullability") {
    after.nullable = true;
    expected = kChangeNullability;
  }
  SUBCASE("default added") {
    after.default_value = number_default("1");
    expected = kChangeDefault;
  }
  SUBCASE("default changed") {
    before.default_value = number_default("1");
    after.default_value = number_default("2");
    expected = kChangeDefault;
  }
  SUBCASE("autoincrement") {
    after.autoincrement = true;
    expected = kChangeAutoincrement;
  }
  SUBCASE("several at once") {
    after.type = {TypeFamily::String, "TEXT", "", false};
    after.nullable = true;
    expected = kChangeType | kChangeNullability;
  }
  const auto changes = diff_ok(schema({table("T", {before})}), schema({table("T", {after})}));
  REQUIRE(changes.size() == 1);
  const AlterColumn& alter = std::get<AlterColumn>(changes[0].kind);
  CHECK(alter.changes == expected);
  CHECK(alter.before == before);
  CHECK(alter.after == after);
  CHECK(alter.table == TableRef{"", "T"});
}

TEST_CASE("differ: equal defaults are no difference (SQLite's unnamed defaults compare by ==)") {
  Column c = int_column("n");
  c.default_value = number_default("0");
  const Schema s = schema({table("T", {c})}, Dialect::Sqlite);
  CHECK(diff_ok(s, s).empty());
}

TEST_CASE("differ: dbgenerated() without an expression accepts any database default") {
  Column database = int_column("n");
  database.default_value = number_default("7");
  Column prisma = int_column("n");
  prisma.any_default = true;
  CHECK(diff_ok(schema({table("T", {database})}), schema({table("T", {prisma})})).empty());
  CHECK(diff_ok(schema({table("T", {prisma})}), schema({table("T", {database})})).empty());
  // Other changes of the column still count.
  prisma.nullable = true;
  CHECK(outline(diff_ok(schema({table("T", {database})}), schema({table("T", {prisma})}))) ==
        std::vector<std::string>{"AlterColumn T"});
}

TEST_CASE("differ: primary key added, dropped, changed or renamed is a ChangePrimaryKey") {
  Table before = table("T", {int_column("k")});
  Table after = before;
  SUBCASE("other columns") {
    after.primary_key = primary_key("T_pkey", {"id", "k"});
  }
  SUBCASE("dropped") {
    after.primary_key.reset();
  }
  SUBCASE("added") {
    before.primary_key.reset();
  }
  SUBCASE("renamed constraint, same columns") {
    after.primary_key->name = "T_primary";
  }
  const auto changes = diff_ok(schema({before}), schema({after}));
  REQUIRE(changes.size() == 1);
  const ChangePrimaryKey& pk = std::get<ChangePrimaryKey>(changes[0].kind);
  CHECK(pk.before == before.primary_key);
  CHECK(pk.after == after.primary_key);
}

TEST_CASE("differ: SQLite's unnamed primary keys on both sides are equal") {
  Table t = table("T");
  t.primary_key->name = "";
  const Schema s = schema({t}, Dialect::Sqlite);
  CHECK(diff_ok(s, s).empty());
}

TEST_CASE("differ: a primary key change comes after added columns and before dropped ones") {
  Table before = table("T", {int_column("old")});
  Table after = table("T", {int_column("new")});
  after.primary_key = primary_key("T_pkey", {"new"});
  CHECK(outline(diff_ok(schema({before}), schema({after}))) ==
        std::vector<std::string>{"AddColumn T", "ChangePrimaryKey T", "DropColumn T"});
}
