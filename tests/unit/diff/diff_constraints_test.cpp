// Tests for ir/diff: unique constraints, indexes and foreign keys of tables on both sides.
#include <doctest/doctest.h>

#include "tests/unit/diff/ir_builders.hpp"

using namespace schemac;
using namespace schemac::ir;
using namespace schemac::test;

namespace {

Table user_with(std::vector<Index> indexes) {
  Table t = table("User", {text_column("email"), text_column("name")});
  t.indexes = std::move(indexes);
  return t;
}

}  // namespace

TEST_CASE("differ: an added unique constraint is a CreateIndex, a removed one a DropIndex") {
  const Schema without = schema({user_with({})});
  const Schema with = schema({user_with({unique("User_email_key", {"email"})})});
  const auto added = diff_ok(without, with);
  CHECK(outline(added) == std::vector<std::string>{"CreateIndex User"});
  CHECK(nth_of<CreateIndex>(added).index.kind == IndexKind::Unique);
  const auto dropped = diff_ok(with, without);
  CHECK(outline(dropped) == std::vector<std::string>{"DropIndex User"});
  CHECK(nth_of<DropIndex>(dropped).index.name == "User_email_key");
}

TEST_CASE("differ: the same index definition under another name is a RenameIndex") {
  const auto changes = diff_ok(schema({user_with({index("User_email_idx", {"email"})})}),
                               schema({user_with({index("by_email", {"email"})})}));
  REQUIRE(outline(changes) == std::vector<std::string>{"RenameIndex User"});
  const RenameIndex& rename = nth_of<RenameIndex>(changes);
  CHECK(rename.from == "User_email_idx");
  CHECK(rename.to == "by_email");
}

TEST_CASE("differ: the same index name with another definition is a drop and a create") {
  Index before = index("User_idx", {"email"});
  Index after = before;
  SUBCASE("other columns") {
    after.columns = index_columns({"email", "name"});
  }
  SUBCASE("unique instead of plain") {
    after.kind = IndexKind::Unique;
  }
  SUBCASE("descending") {
    after.columns[0].sort = SortOrder::Desc;
  }
  SUBCASE("another access method") {
    after.algorithm = IndexAlgorithm::Hash;
  }
  SUBCASE("a partial predicate") {
    after.where = "\"email\" IS NOT NULL";
  }
  const auto changes = diff_ok(schema({user_with({before})}), schema({user_with({after})}));
  CHECK(outline(changes) == std::vector<std::string>{"DropIndex User", "CreateIndex User"});
  CHECK(nth_of<DropIndex>(changes).index == before);
  CHECK(nth_of<CreateIndex>(changes).index == after);
}

TEST_CASE("differ: an expression index on one side only is left alone") {
  // Only introspection makes them; a schema cannot state one, and Prisma leaves them be.
  Index expression = index("User_lower_email_idx", {});
  expression.columns.push_back({"lower(email)", SortOrder::Asc, std::nullopt, "", true});
  Schema plain = schema({user_with({})});
  plain.is_database = false;  // a schema file
  const Schema with = schema({user_with({expression})});
  CHECK(diff_ok(with, plain).empty());
  CHECK(diff_ok(plain, with).empty());
  // Between two databases it is an index like any other.
  CHECK(outline(diff_ok(with, schema({user_with({})}))) ==
        std::vector<std::string>{"DropIndex User"});
  // Under one name on both sides it is compared like any other index.
  Index other = expression;
  other.columns[0].name = "upper(email)";
  CHECK(outline(diff_ok(with, schema({user_with({other})}))) ==
        std::vector<std::string>{"DropIndex User", "CreateIndex User"});
  CHECK(diff_ok(with, with).empty());
  // An expression is not the column of the same text.
  Index column_index = index("User_lower_email_idx", {"lower(email)"});
  CHECK(outline(diff_ok(with, schema({user_with({column_index})}))) ==
        std::vector<std::string>{"DropIndex User", "CreateIndex User"});
}

TEST_CASE("differ: a default operator class named is the database's unnamed default") {
  Index named = index("User_email_idx", {"email"});
  named.algorithm = IndexAlgorithm::Gin;
  named.columns[0].operator_class = "array_ops";
  Index unnamed = named;
  unnamed.columns[0].operator_class = "";
  CHECK(diff_ok(schema({user_with({named})}), schema({user_with({unnamed})})).empty());
  Index path_ops = named;
  path_ops.columns[0].operator_class = "jsonb_path_ops";
  CHECK(outline(diff_ok(schema({user_with({unnamed})}), schema({user_with({path_ops})}))) ==
        std::vector<std::string>{"DropIndex User", "CreateIndex User"});
}

TEST_CASE("differ: a second index of one definition under another name is left alone") {
  // A hand-made duplicate beside Prisma's index: Prisma keeps it, and so must a down script.
  const Schema one = schema({user_with({index("User_email_idx", {"email"})})});
  const Schema two =
      schema({user_with({index("User_email_idx", {"email"}), index("by_email", {"email"})})});
  CHECK(diff_ok(two, one).empty());
  CHECK(diff_ok(one, two).empty());
  // A duplicate of nothing on the other side is still a difference.
  const Schema other = schema({user_with({index("by_email", {"email"})})});
  CHECK(outline(diff_ok(schema({user_with({})}), other)) ==
        std::vector<std::string>{"CreateIndex User"});
}

TEST_CASE("differ: partial indexes against a schema that cannot state them are left alone") {
  Index partial = index("User_email_active_idx", {"email"});
  partial.where = "(name IS NOT NULL)";
  Schema database = schema({user_with({partial})});
  Schema prisma = schema({user_with({})});
  prisma.is_database = false;
  prisma.states_partial_indexes = false;  // no `partialIndexes` preview feature
  CHECK(diff_ok(database, prisma).empty());
  CHECK(diff_ok(prisma, database).empty());
  // A schema index of the same name: the predicate is not compared.
  Schema prisma_named = schema({user_with({index("User_email_active_idx", {"email"})})});
  prisma_named.is_database = false;
  prisma_named.states_partial_indexes = false;
  CHECK(diff_ok(database, prisma_named).empty());
  // With the preview feature, or between databases, they are compared.
  prisma.states_partial_indexes = true;
  CHECK(outline(diff_ok(database, prisma)) == std::vector<std::string>{"DropIndex User"});
  prisma_named.states_partial_indexes = true;
  CHECK(outline(diff_ok(database, prisma_named)) ==
        std::vector<std::string>{"DropIndex User", "CreateIndex User"});
  // A schema gaining the preview and a partial index creates it, from a schema without it.
  Schema before = schema({user_with({})});
  before.is_database = false;
  before.states_partial_indexes = false;
  Schema after = database;
  after.is_database = false;
  CHECK(outline(diff_ok(before, after)) == std::vector<std::string>{"CreateIndex User"});
  // … and a predicate added to a schema index of the same name changes it.
  prisma_named.states_partial_indexes = false;
  CHECK(outline(diff_ok(prisma_named, after)) ==
        std::vector<std::string>{"DropIndex User", "CreateIndex User"});
}

TEST_CASE("differ: index order within a table is not a difference") {
  const Index a = index("a", {"email"});
  const Index b = unique("b", {"name"});
  CHECK(diff_ok(schema({user_with({a, b})}), schema({user_with({b, a})})).empty());
}

TEST_CASE("differ: foreign keys are matched by columns and target; other actions drop and add") {
  Table before = table("Post", {int_column("authorId")});
  before.foreign_keys.push_back(foreign_key("Post_authorId_fkey", {"authorId"}, "User", {"id"}));
  Table after = before;
  SUBCASE("other onDelete") {
    after.foreign_keys[0].on_delete = ReferentialAction::Cascade;
  }
  SUBCASE("other name") {
    after.foreign_keys[0].name = "post_author";
  }
  SUBCASE("other referenced column") {
    after.foreign_keys[0].referenced_columns = {"uid"};
  }
  const Schema from = schema({table("User", {int_column("uid")}), before});
  const Schema to = schema({table("User", {int_column("uid")}), after});
  const auto changes = diff_ok(from, to);
  CHECK(outline(changes) == std::vector<std::string>{"DropForeignKey Post", "AddForeignKey Post"});
  CHECK(nth_of<DropForeignKey>(changes).foreign_key == before.foreign_keys[0]);
  CHECK(nth_of<AddForeignKey>(changes).foreign_key == after.foreign_keys[0]);
}

TEST_CASE("differ: unchanged foreign keys, in any order, are no difference") {
  Table post = table("Post", {int_column("a"), int_column("b")});
  post.foreign_keys.push_back(foreign_key("Post_a_fkey", {"a"}, "User", {"id"}));
  post.foreign_keys.push_back(foreign_key("Post_b_fkey", {"b"}, "User", {"id"}));
  Table reordered = post;
  std::swap(reordered.foreign_keys[0], reordered.foreign_keys[1]);
  CHECK(diff_ok(schema({table("User"), post}), schema({table("User"), reordered})).empty());
}

TEST_CASE("differ: a foreign key added to an existing table comes after created tables") {
  Table before = table("Post", {int_column("authorId")});
  Table after = before;
  after.foreign_keys.push_back(foreign_key("Post_authorId_fkey", {"authorId"}, "User", {"id"}));
  CHECK(outline(diff_ok(schema({before}), schema({after, table("User")}))) ==
        std::vector<std::string>{"CreateTable User", "AddForeignKey Post"});
}

TEST_CASE("differ: a foreign key whose columns change type family is dropped and added again") {
  Table user = table("User");
  Table post = table("Post", {int_column("authorId")});
  post.foreign_keys.push_back(foreign_key("Post_authorId_fkey", {"authorId"}, "User", {"id"}));
  Table user_after = user;
  user_after.columns[0].type = {TypeFamily::BigInt, "BIGINT", "", false};
  Table post_after = post;
  post_after.columns[1].type = {TypeFamily::BigInt, "BIGINT", "", false};
  // As Prisma does: PostgreSQL cannot change a constrained column's type under the key.
  CHECK(outline(diff_ok(schema({user, post}), schema({user_after, post_after}))) ==
        std::vector<std::string>{"DropForeignKey Post", "AlterColumn User", "AlterColumn Post",
                                 "AddForeignKey Post"});

  SUBCASE("another native type of the same family keeps the key") {
    post_after.columns[1].type = {TypeFamily::Int, "SMALLINT", "", false};
    CHECK(outline(diff_ok(schema({user, post}), schema({user, post_after}))) ==
          std::vector<std::string>{"AlterColumn Post"});
  }
}
