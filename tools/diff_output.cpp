// The JSON and summary outputs of `schemac diff` (see tools/diff_output.hpp).
#include "tools/diff_output.hpp"

#include <fmt/format.h>

#include <array>
#include <nlohmann/json.hpp>

#include "backends/script.hpp"
#include "ir/json.hpp"
#include "support/overloaded.hpp"

namespace schemac::tools {

namespace {

using nlohmann::ordered_json;

std::string_view placement_name(backends::Placement p) {
  switch (p) {
    case backends::Placement::BeforeTransaction:
      return "before-transaction";
    case backends::Placement::InTransaction:
      return "in-transaction";
    case backends::Placement::AfterTransaction:
      return "after-transaction";
  }
  return "?";
}

ordered_json column_changes(std::uint8_t bits) {
  ordered_json out = ordered_json::array();
  if ((bits & ir::kChangeType) != 0) {
    out.push_back("type");
  }
  if ((bits & ir::kChangeNullability) != 0) {
    out.push_back("nullability");
  }
  if ((bits & ir::kChangeDefault) != 0) {
    out.push_back("default");
  }
  if ((bits & ir::kChangeAutoincrement) != 0) {
    out.push_back("autoincrement");
  }
  return out;
}

// The parts of a change a reviewer's tool wants beyond its description: columns as JSON.
void add_details(ordered_json& j, const ir::Change& change) {
  std::visit(Overloaded{
                 [&](const ir::AddColumn& c) { j["column"] = ir::to_json(c.column); },
                 [&](const ir::DropColumn& c) { j["column"] = ir::to_json(c.column); },
                 [&](const ir::AlterColumn& c) {
                   j["changed"] = column_changes(c.changes);
                   j["before"] = ir::to_json(c.before);
                   j["after"] = ir::to_json(c.after);
                 },
                 [&](const ir::AlterEnum& c) {
                   j["added"] = c.added;
                   j["removed"] = c.removed;
                 },
                 [](const auto&) {},
             },
             change.kind);
}

}  // namespace

std::string migration_json(const backends::Migration& m, const std::string& from_label,
                           const std::string& to_label, ir::Dialect dialect) {
  ordered_json out;
  out["from"] = from_label;
  out["to"] = to_label;
  out["dialect"] = ir::dialect_name(dialect);
  ordered_json changes = ordered_json::array();
  for (std::size_t i = 0; i < m.changes.size(); ++i) {
    ordered_json c;
    c["kind"] = ir::change_kind_name(m.changes[i]);
    c["object"] = ir::describe(m.changes[i]);
    c["level"] = lint::level_name(lint::max_level(m.findings[i]));
    ordered_json risks = ordered_json::array();
    for (const lint::Finding& f : m.findings[i]) {
      risks.push_back({{"code", f.rule->code},
                       {"level", lint::level_name(f.rule->level)},
                       {"title", f.rule->title},
                       {"message", f.message}});
    }
    c["risks"] = std::move(risks);
    add_details(c, m.changes[i]);
    changes.push_back(std::move(c));
  }
  out["changes"] = std::move(changes);
  ordered_json steps = ordered_json::array();
  for (const backends::Step& s : m.plan.steps) {
    ordered_json step;
    step["comment"] = s.comment;
    step["placement"] = placement_name(s.placement);
    step["destructive"] = s.destructive;
    if (s.destructive) {
      step["note"] = s.destructive_note;
    }
    step["statements"] = s.statements;
    step["changes"] = s.changes;
    steps.push_back(std::move(step));
  }
  out["plan"] = {{"steps", std::move(steps)}, {"warnings", m.plan.warnings}};
  out["script"] = m.script;
  return out.dump(2) + "\n";
}

std::string migration_summary(const backends::Migration& m) {
  if (m.changes.empty()) {
    return "No difference.\n";
  }
  std::string out;
  std::array<std::size_t, 3> per_level{};
  for (std::size_t i = 0; i < m.changes.size(); ++i) {
    out += backends::summary_line(m.changes[i], m.findings[i]) + "\n";
    ++per_level[static_cast<std::size_t>(lint::max_level(m.findings[i]))];
  }
  out += fmt::format("{} change{}: {} safe, {} risky, {} high\n", m.changes.size(),
                     m.changes.size() == 1 ? "" : "s", per_level[0], per_level[1],
                     per_level[2]);
  for (const std::string& w : m.plan.warnings) {
    out += "warning: " + w + "\n";
  }
  return out;
}

}  // namespace schemac::tools
