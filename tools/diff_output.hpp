// `schemac diff --json` and `--summary`: the change list and plan for machines and reviewers.
#pragma once

#include <string>

#include "backends/migration.hpp"

namespace schemac::tools {

// {from, to, dialect, changes: [{kind, object, level, risks: [{code, level, title, message}],
// ...details}], plan: {steps: [{comment, placement, destructive, note, statements, changes}],
// warnings}, script}, pretty-printed, ending in a newline.
[[nodiscard]] std::string migration_json(const backends::Migration& migration,
                                         const std::string& from_label,
                                         const std::string& to_label, ir::Dialect dialect);

// One line per change (backends::summary_line), then a totals line; "No difference." when empty.
[[nodiscard]] std::string migration_summary(const backends::Migration& migration);

}  // namespace schemac::tools
