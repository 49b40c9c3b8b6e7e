// Tests for ir/json: the dump's shape and determinism, and the summary's wording.
#include "ir/json.hpp"

#include <doctest/doctest.h>

#include "ir/source_map.hpp"

using namespace schemac;
using namespace schemac::ir;

namespace {

Schema small_schema() {
  Schema s;
  s.dialect = Dialect::Postgres;
  s.namespaces = {"public"};
  s.enums.push_back({"Role", "", {"USER", "ADMIN"}});
  Table users;
  users.name = "users";
  users.columns.push_back(
      {"id", {TypeFamily::Int, "INTEGER", "", false}, false, std::nullopt, true});
  Column role{"role", {TypeFamily::Enum, "Role", "", false}, false, std::nullopt, false};
  role.default_value = Default{DefaultKind::Value, Value{ValueKind::EnumValue, "USER", {}}, "", ""};
  users.columns.push_back(role);
  users.columns.push_back(
      {"tags", {TypeFamily::String, "TEXT", "", true}, true, std::nullopt, false});
  users.primary_key = PrimaryKey{"users_pkey", {{"id", SortOrder::Asc, std::nullopt, ""}}};
  Index idx;
  idx.name = "users_role_idx";
  idx.columns = {{"role", SortOrder::Desc, std::nullopt, ""}};
  idx.algorithm = IndexAlgorithm::Hash;
  users.indexes.push_back(idx);
  s.tables.push_back(users);
  Table posts;
  posts.name = "Post";
  posts.columns.push_back(
      {"authorId", {TypeFamily::Int, "INTEGER", "", false}, true, std::nullopt, false});
  posts.foreign_keys.push_back({"Post_authorId_fkey",
                                {"authorId"},
                                "",
                                "users",
                                {"id"},
                                ReferentialAction::SetNull,
                                ReferentialAction::Cascade});
  s.tables.push_back(posts);
  return s;
}

}  // namespace

TEST_CASE("json: canonical defaults are omitted, particulars are shown") {
  const auto j = to_json(small_schema());
  CHECK(j["dialect"] == "postgresql");
  const auto& users = j["tables"][0];
  CHECK(users["columns"][0]["autoincrement"] == true);
  CHECK_FALSE(users["columns"][1].contains("autoincrement"));
  CHECK(users["columns"][1]["default"]["value"]["text"] == "USER");
  CHECK(users["columns"][2]["array"] == true);
  CHECK(users["primary_key"]["columns"][0] == "id");  // plain column: one word
  CHECK(users["indexes"][0]["columns"][0]["sort"] == "desc");
  CHECK(users["indexes"][0]["algorithm"] == "hash");
  CHECK(j["tables"][1]["foreign_keys"][0]["on_delete"] == "SET NULL");
}

TEST_CASE("json: keys keep a fixed order, so the text is stable") {
  const std::string text = to_json_text(small_schema());
  CHECK(text == to_json_text(small_schema()));
  CHECK(text.find("\"dialect\"") < text.find("\"namespaces\""));
  CHECK(text.find("\"namespaces\"") < text.find("\"enums\""));
  CHECK(text.find("\"enums\"") < text.find("\"tables\""));
  CHECK(text.back() == '\n');
}

TEST_CASE("json: summary counts with correct plurals") {
  CHECK(summary(small_schema()) ==
        "postgresql: 2 tables, 4 columns, 1 index, 1 foreign key, 1 enum\n"
        "  users: 3 columns, primary key (id), 1 index, 0 foreign keys\n"
        "  Post: 1 column, no primary key, 0 indexes, 1 foreign key\n");
}

TEST_CASE("ir: equality sees every member, including one deep in a table") {
  Schema a = small_schema();
  Schema b = small_schema();
  CHECK(a == b);
  b.tables[0].indexes[0].columns[0].sort = SortOrder::Asc;
  CHECK_FALSE(a == b);
  b = a;
  b.tables[1].foreign_keys[0].on_update = ReferentialAction::Restrict;
  CHECK_FALSE(a == b);
}

TEST_CASE("source map: first declaration wins, lookups by database names") {
  SourceMap map;
  map.add({ObjectKind::Column, "", "users", "email"}, Span{0, 10, 15});
  map.add({ObjectKind::Column, "", "users", "email"}, Span{0, 40, 45});
  map.add({ObjectKind::Table, "auth", "users", ""}, Span{1, 0, 5});
  REQUIRE(map.column("users", "email"));
  CHECK(map.column("users", "email")->begin == 10);
  CHECK(map.table("users", "auth")->file == 1);
  CHECK_FALSE(map.table("users"));
  CHECK(map.size() == 2);
}
