// Runs every rule of the catalogue on changes (lint/risk.hpp: assess, assess_all).
#include <algorithm>
#include <string>
#include <unordered_set>

#include "lint/risk.hpp"
#include "lint/rules/plan_facts.hpp"
#include "lint/rules/rule.hpp"
#include "support/assert.hpp"

namespace schemac::lint {

namespace {

// Every check, in catalogue order, straight from rules.def: a rule cannot be declared and
// forgotten here.
constexpr Check kChecks[] = {
#define SCHEMAC_RULE(code, check, level, title, explanation, alternative) &check,
#include "lint/rules/rules.def"
#undef SCHEMAC_RULE
};

std::vector<Finding> run_checks(const ir::Change& change, const RuleContext& context) {
  std::vector<Finding> findings;
  for (const Check check : kChecks) {
    if (std::optional<Finding> f = check(change, context)) {
      findings.push_back(std::move(*f));
    }
  }
  // Most severe first; within a level, catalogue order.
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return a.rule->level > b.rule->level;
  });
  SCHEMAC_ASSERT(!findings.empty(), "a change kind that no rule of rules.def covers");
  return findings;
}

}  // namespace

std::vector<Finding> assess(const ir::Change& change, const RiskContext& context) {
  const PlanFacts facts(context);
  return run_checks(change, RuleContext{context, facts});
}

std::vector<std::vector<Finding>> assess_all(const std::vector<ir::Change>& changes,
                                             const RiskContext& context) {
  const PlanFacts facts(context, changes);
  const RuleContext rule_context{context, facts};
  std::vector<std::vector<Finding>> out;
  out.reserve(changes.size());
  std::unordered_set<std::string> flagged;  // tables whose rebuild already has its H207
  for (const ir::Change& change : changes) {
    std::vector<Finding> findings = run_checks(change, rule_context);
    const auto h207 = std::find_if(findings.begin(), findings.end(),
                                   [](const Finding& f) { return f.rule->code == "H207"; });
    if (h207 != findings.end()) {
      const ir::TableRef table = ir::change_table(change).value();
      if (!flagged.insert(table.schema_name + '\0' + table.name).second) {
        findings.erase(h207);
      }
    }
    out.push_back(std::move(findings));
  }
  return out;
}

}  // namespace schemac::lint
