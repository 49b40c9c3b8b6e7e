// Tests for lint assess_all at scale: one finding list per change of a large diff.
#include <doctest/doctest.h>

#include "ir/diff.hpp"
#include "tests/unit/lint/lint_fixture.hpp"

using namespace schemac;
using namespace schemac::ir;
using namespace schemac::test;

TEST_CASE("lint: assess_all over a ten-thousand-table diff looks nothing up by scanning") {
  std::vector<Table> tables;
  for (int i = 0; i < 10000; ++i) {
    const std::string name = "Model" + std::to_string(i);
    Table t = table(name, {text_column("email"), int_column("ownerId", true)});
    t.indexes.push_back(unique(name + "_email_key", {"email"}));
    if (i > 0) {
      t.foreign_keys.push_back(foreign_key(name + "_ownerId_fkey", {"ownerId"},
                                           "Model" + std::to_string(i - 1), {"id"}));
    }
    tables.push_back(std::move(t));
  }
  Schema from = schema(tables);
  Schema to = from;
  for (Table& t : to.tables) {
    t.indexes[0].kind = IndexKind::Normal;  // every unique index becomes a plain one
  }
  const auto changes = diff(from, to).value();
  REQUIRE(changes.size() == 20000);  // DropIndex + CreateIndex per table
  lint::RiskContext context;
  context.dialect = Dialect::Postgres;
  context.from = &from;
  context.to = &to;
  const auto all = lint::assess_all(changes, context);
  REQUIRE(all.size() == changes.size());
  CHECK(codes(all.front()) == std::vector<std::string>{"S003"});         // DropIndex
  CHECK(codes(all.back()) == std::vector<std::string>{"R107", "S003"});  // CreateIndex
}
