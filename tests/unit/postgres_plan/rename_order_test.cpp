// backends/postgres/rename_order: column renames that PostgreSQL can run one at a time.
#include <doctest/doctest.h>

#include "backends/postgres/rename_order.hpp"

using schemac::backends::postgres::ColumnRenameStep;
using schemac::backends::postgres::order_column_renames;

namespace {

// `from>to` per statement, for readable expectations.
std::vector<std::string> outline(const std::vector<ColumnRenameStep>& steps) {
  std::vector<std::string> out;
  for (const ColumnRenameStep& s : steps) {
    out.push_back(s.from + ">" + s.to + "@" + std::to_string(s.change));
  }
  return out;
}

}  // namespace

TEST_CASE("independent renames keep their order") {
  CHECK(outline(order_column_renames({{"a", "x", 0}, {"b", "y", 1}}, {"a", "b", "x", "y"})) ==
        std::vector<std::string>{"a>x@0", "b>y@1"});
}

TEST_CASE("a chain runs from its end") {
  CHECK(outline(order_column_renames({{"a", "b", 0}, {"b", "c", 1}}, {"a", "b", "c"})) ==
        std::vector<std::string>{"b>c@1", "a>b@0"});
}

TEST_CASE("a swap goes through a temporary name no column has") {
  CHECK(outline(order_column_renames({{"A", "B", 0}, {"B", "A", 1}}, {"A", "B", "A_swap"})) ==
        std::vector<std::string>{"A>A_swap2@0", "B>A@1", "A_swap2>B@0"});
}

TEST_CASE("a three-cycle beside a free rename") {
  const auto steps = order_column_renames(
      {{"a", "b", 0}, {"b", "c", 1}, {"c", "a", 2}, {"x", "y", 3}}, {"a", "b", "c", "x", "y"});
  CHECK(outline(steps) ==
        std::vector<std::string>{"x>y@3", "a>a_swap@0", "c>a@2", "b>c@1", "a_swap>b@0"});
}
