// Tests for ir/diff: enums, namespaces and extensions.
#include <doctest/doctest.h>

#include "tests/unit/diff/ir_builders.hpp"

using namespace schemac;
using namespace schemac::ir;
using namespace schemac::test;

namespace {

Schema with_enums(std::vector<Enum> enums) {
  Schema s = schema({});
  s.enums = std::move(enums);
  return s;
}

}  // namespace

TEST_CASE("differ: enums created, dropped and altered") {
  const Enum role{"Role", "", {"USER", "ADMIN"}};
  const Enum gone{"Gone", "", {"X"}};
  Enum role_after = role;
  role_after.values = {"GUEST", "USER", "OWNER"};
  const Enum fresh{"Fresh", "", {"A"}};
  const auto changes = diff_ok(with_enums({role, gone}), with_enums({fresh, role_after}));
  CHECK(outline(changes) == std::vector<std::string>{"CreateEnum", "AlterEnum", "DropEnum"});
  const AlterEnum& alter = nth_of<AlterEnum>(changes);
  CHECK(alter.added == std::vector<std::string>{"GUEST", "OWNER"});
  CHECK(alter.removed == std::vector<std::string>{"ADMIN"});
  CHECK(alter.before == role);
  CHECK(alter.after == role_after);
  CHECK(nth_of<CreateEnum>(changes).enum_type == fresh);
  CHECK(nth_of<DropEnum>(changes).enum_type == gone);
}

TEST_CASE("differ: a pure reorder of enum values is not a difference, as in Prisma") {
  const Enum before{"Role", "", {"A", "B", "C"}};
  const Enum after{"Role", "", {"C", "B", "A"}};
  CHECK(diff_ok(with_enums({before}), with_enums({after})).empty());
}

TEST_CASE("differ: enum changes come before the columns that use them, drops after tables") {
  Schema from = with_enums({{"Old", "", {"A"}}});
  from.tables.push_back(table("T", {column("o", TypeFamily::Enum, "Old")}));
  Schema to = with_enums({{"New", "", {"A"}}});
  to.tables.push_back(table("T", {column("n", TypeFamily::Enum, "New")}));
  CHECK(outline(diff_ok(from, to)) ==
        std::vector<std::string>{"CreateEnum", "AddColumn T", "DropColumn T", "DropEnum"});
}

TEST_CASE("differ: namespaces and extensions of TO are created, never dropped") {
  Schema from = schema({});
  from.namespaces = {"public", "legacy"};
  from.extensions = {{"citext", "", ""}};
  Schema to = schema({});
  to.namespaces = {"auth", "public"};
  to.extensions = {{"citext", "", ""}, {"pg_trgm", "", ""}};
  const auto changes = diff_ok(from, to);
  CHECK(outline(changes) == std::vector<std::string>{"CreateSchema", "CreateExtension"});
  CHECK(nth_of<CreateNamespace>(changes).name == "auth");
  CHECK(nth_of<CreateExtension>(changes).extension.name == "pg_trgm");
}
