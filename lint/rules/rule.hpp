// The shape of a rule's check, the context it reads, and the declaration of every check.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ir/change.hpp"
#include "lint/risk.hpp"
#include "lint/rules/plan_facts.hpp"

namespace schemac::lint {

// What a check may read besides the change: the context the caller gave and the facts derived
// from it once (lint/rules/plan_facts.hpp).
struct RuleContext {
  const RiskContext& risk;
  const PlanFacts& facts;
};

// A check is pure: it returns a finding when its rule applies to the change, nullopt otherwise.
using Check = std::optional<Finding> (*)(const ir::Change&, const RuleContext&);

// A finding of the rule with `code`, which must be in rules.def.
[[nodiscard]] Finding make_finding(std::string_view code, std::string message);

#define SCHEMAC_RULE(code, check, level, title, explanation, alternative) \
  [[nodiscard]] std::optional<Finding> check(const ir::Change& change, const RuleContext& context);
#include "lint/rules/rules.def"
#undef SCHEMAC_RULE

}  // namespace schemac::lint
