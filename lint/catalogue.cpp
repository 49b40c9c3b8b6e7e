// The risk catalogue (lint/risk.hpp): rules.def as data, lookups and level names.
#include <algorithm>

#include "lint/risk.hpp"
#include "lint/rules/rule.hpp"
#include "support/assert.hpp"

namespace schemac::lint {

std::string_view level_name(Level level) {
  switch (level) {
    case Level::Safe:
      return "safe";
    case Level::Risky:
      return "risky";
    case Level::High:
      return "high";
  }
  return "?";
}

const std::vector<Rule>& catalogue() {
  static const std::vector<Rule> rules = {
#define SCHEMAC_RULE(code, check, level, title, explanation, alternative) \
  Rule{#code, Level::level, title, explanation, alternative},
#include "lint/rules/rules.def"
#undef SCHEMAC_RULE
  };
  return rules;
}

const Rule* find_rule(std::string_view code) {
  // Catalogue order is DESIGN.md's (safe, risky, high), not alphabetical; 19 rules.
  const std::vector<Rule>& rules = catalogue();
  const auto it =
      std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.code == code; });
  return it == rules.end() ? nullptr : &*it;
}

Finding make_finding(std::string_view code, std::string message) {
  const Rule* rule = find_rule(code);
  SCHEMAC_ASSERT(rule != nullptr, "a check names a code that rules.def does not declare");
  return Finding{rule, std::move(message)};
}

Level max_level(const std::vector<Finding>& findings) {
  Level level = Level::Safe;
  for (const Finding& f : findings) {
    level = std::max(level, f.rule->level);
  }
  return level;
}

}  // namespace schemac::lint
