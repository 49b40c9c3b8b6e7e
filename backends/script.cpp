// Rendering a plan as a migration script (see backends/script.hpp).
#include "backends/script.hpp"

#include <fmt/format.h>

#include <array>

namespace schemac::backends {

namespace {

constexpr std::string_view kVersion = "0.1.0";

// A comment line: `--` and the text, which never contains a newline (a stray one would turn
// the rest of it into SQL).
void comment(std::string& out, std::string_view text) {
  out += "--";
  if (!text.empty()) {
    out += ' ';
    for (const char c : text) {
      out += (c == '\n' || c == '\r') ? ' ' : c;
    }
  }
  out += '\n';
}

void render_header(std::string& out, const Plan& plan, const std::vector<ir::Change>& changes,
                   const std::vector<std::vector<lint::Finding>>& findings,
                   const ScriptHeader& header) {
  comment(out, fmt::format("schemac {} {}migration script ({})", kVersion,
                           header.reverse ? "reverse " : "", ir::dialect_name(header.dialect)));
  comment(out, "from: " + header.from_label);
  comment(out, "to:   " + header.to_label);
  if (header.reverse) {
    comment(out, "This script undoes the migration to \"" + header.from_label +
                     "\": it takes the database back to \"" + header.to_label + "\".");
  }
  if (changes.empty()) {
    return;
  }
  std::array<std::size_t, 3> per_level{};
  for (const auto& f : findings) {
    ++per_level[static_cast<std::size_t>(lint::max_level(f))];
  }
  comment(out, "");
  comment(out, fmt::format("{} change{}: {} safe, {} risky, {} high", changes.size(),
                           changes.size() == 1 ? "" : "s", per_level[0], per_level[1],
                           per_level[2]));
  for (std::size_t i = 0; i < changes.size(); ++i) {
    comment(out, "  " + summary_line(changes[i], findings[i]));
  }
  if (!plan.warnings.empty()) {
    comment(out, "");
    comment(out, "Warnings:");
    for (const std::string& w : plan.warnings) {
      comment(out, "  - " + w);
    }
  }
  if (header.reverse && !header.cannot_restore.empty()) {
    comment(out, "");
    comment(out, "This script cannot restore (recreated objects come back empty or with defaults;");
    comment(out, "take their data from the backup made before the migration):");
    for (const std::string& line : header.cannot_restore) {
      comment(out, "  - " + line);
    }
  }
  bool destructive = false;
  for (const Step& s : plan.steps) {
    destructive = destructive || s.destructive;
  }
  if (destructive) {
    comment(out, "");
    comment(out, "DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without");
    comment(out, "--allow-destructive.");
  }
}

void render_step(std::string& out, const Step& step) {
  out += '\n';
  comment(out, step.comment);
  if (step.destructive) {
    comment(out, "DESTRUCTIVE: " + step.destructive_note);
  }
  for (const std::string& statement : step.statements) {
    out += statement;
    out += ";\n";
  }
}

}  // namespace

std::string summary_line(const ir::Change& change, const std::vector<lint::Finding>& findings) {
  std::string codes;
  std::string messages;
  for (const lint::Finding& f : findings) {
    codes += (codes.empty() ? "" : ",") + std::string(f.rule->code);
    if (!f.message.empty()) {
      messages += (messages.empty() ? "" : "; ") + f.message;
    }
  }
  const lint::Level max = findings.empty() ? lint::Level::Safe : lint::max_level(findings);
  std::string line =
      fmt::format("{:<9} {:<5}  {}", codes, lint::level_name(max), ir::describe(change));
  // A safe change says all there is to say in its name; a risky one says what the risk is.
  if (max != lint::Level::Safe && !messages.empty()) {
    line += ": " + messages;
  }
  return line;
}

std::string render_script(const Plan& plan, const std::vector<ir::Change>& changes,
                          const std::vector<std::vector<lint::Finding>>& findings,
                          const ScriptHeader& header) {
  std::string out;
  render_header(out, plan, changes, findings, header);
  if (plan.steps.empty()) {
    out += '\n';
    comment(out, "This is an empty migration.");
    return out;
  }
  for (const Step& s : plan.steps) {
    if (s.placement == Placement::BeforeTransaction) {
      render_step(out, s);
    }
  }
  out += "\nBEGIN;\n";
  for (const Step& s : plan.steps) {
    if (s.placement == Placement::InTransaction) {
      render_step(out, s);
    }
  }
  out += "\nCOMMIT;\n";
  for (const Step& s : plan.steps) {
    if (s.placement == Placement::AfterTransaction) {
      render_step(out, s);
    }
  }
  return out;
}

}  // namespace schemac::backends
