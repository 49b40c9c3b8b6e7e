// Tests for lint/catalogue: the 19 codes of DESIGN.md §5, their levels and their texts.
#include <doctest/doctest.h>

#include "lint/risk.hpp"

using namespace schemac::lint;

TEST_CASE("catalogue: the codes of DESIGN.md §5, in its order, with their levels") {
  const std::vector<std::pair<std::string_view, Level>> expected = {
      {"S001", Level::Safe},  {"S002", Level::Safe},  {"S003", Level::Safe},
      {"S004", Level::Safe},  {"R101", Level::Risky}, {"R102", Level::Risky},
      {"R103", Level::Risky}, {"R104", Level::Risky}, {"R105", Level::Risky},
      {"R106", Level::Risky}, {"R107", Level::Risky}, {"R108", Level::Risky},
      {"H201", Level::High},  {"H202", Level::High},  {"H203", Level::High},
      {"H204", Level::High},  {"H205", Level::High},  {"H206", Level::High},
      {"H207", Level::High},
  };
  const std::vector<Rule>& rules = catalogue();
  REQUIRE(rules.size() == expected.size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    CAPTURE(rules[i].code);
    CHECK(rules[i].code == expected[i].first);
    CHECK(rules[i].level == expected[i].second);
  }
}

TEST_CASE("catalogue: every rule explains itself, and every risk has a safe alternative") {
  for (const Rule& rule : catalogue()) {
    CAPTURE(rule.code);
    CHECK_FALSE(rule.title.empty());
    CHECK(rule.explanation.size() > 40);
    CHECK(rule.explanation.back() == '.');
    if (rule.level == Level::Safe) {
      CHECK(rule.alternative.empty());
    } else {
      CHECK_FALSE(rule.alternative.empty());
    }
  }
}

TEST_CASE("catalogue: find_rule finds every code and nothing else") {
  for (const Rule& rule : catalogue()) {
    CHECK(find_rule(rule.code) == &rule);
  }
  CHECK(find_rule("X999") == nullptr);
  CHECK(find_rule("") == nullptr);
  CHECK(find_rule("s001") == nullptr);
}

TEST_CASE("catalogue: level names and the highest level of findings") {
  CHECK(level_name(Level::Safe) == "safe");
  CHECK(level_name(Level::Risky) == "risky");
  CHECK(level_name(Level::High) == "high");
  CHECK(max_level({}) == Level::Safe);
  CHECK(max_level({{find_rule("S001"), ""}, {find_rule("H202"), ""}, {find_rule("R101"), ""}}) ==
        Level::High);
  CHECK(max_level({{find_rule("S003"), ""}, {find_rule("R107"), ""}}) == Level::Risky);
}
