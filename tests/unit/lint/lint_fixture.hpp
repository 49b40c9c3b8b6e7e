// Changes and contexts for the risk rules' tests; IR objects come from the differ's builders.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "lint/risk.hpp"
#include "tests/unit/diff/ir_builders.hpp"

namespace schemac::test {

// FROM has `User` (id, email) and `Post` (id, authorId → User); TO is the same unless a test
// changes it. Both sides outlive the context that points at them.
struct LintFixture {
  ir::Schema from;
  ir::Schema to;
  lint::RiskContext context;

  explicit LintFixture(ir::Dialect dialect = ir::Dialect::Sqlite) {
    ir::Table user = table("User", {text_column("email")});
    ir::Table post = table("Post", {int_column("authorId")});
    post.foreign_keys.push_back(foreign_key("Post_authorId_fkey", {"authorId"}, "User", {"id"}));
    from = schema({user, post}, dialect);
    to = from;
    context.dialect = dialect;
    context.from = &from;
    context.to = &to;
  }

  [[nodiscard]] std::vector<lint::Finding> assess(ir::ChangeKind kind) const {
    return lint::assess(ir::Change{std::move(kind)}, context);
  }
};

// The codes of findings, in their order: the one list a test compares.
inline std::vector<std::string> codes(const std::vector<lint::Finding>& findings) {
  std::vector<std::string> out;
  for (const lint::Finding& f : findings) {
    out.emplace_back(f.rule->code);
  }
  return out;
}

inline const ir::TableRef kUser{"", "User"};
inline const ir::TableRef kPost{"", "Post"};

inline ir::AlterColumn alter(ir::Column before, ir::Column after) {
  std::uint8_t bits = 0;
  if (before.type != after.type) {
    bits |= ir::kChangeType;
  }
  if (before.nullable != after.nullable) {
    bits |= ir::kChangeNullability;
  }
  if (before.default_value != after.default_value) {
    bits |= ir::kChangeDefault;
  }
  if (before.autoincrement != after.autoincrement) {
    bits |= ir::kChangeAutoincrement;
  }
  return ir::AlterColumn{kUser, std::move(before), std::move(after), bits};
}

}  // namespace schemac::test
