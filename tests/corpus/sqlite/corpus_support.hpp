// What the SQLite corpus tests share: loading and lowering a schema, a readable structural
// comparison of two IR schemas, and the committed list of known exceptions.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ir/schema.hpp"

namespace schemac::test {

struct Lowered {
  bool ok = false;
  std::string error;  // why not: unreadable path, or the first error diagnostics, rendered
  ir::Schema schema;
};

// `path` is a .prisma file or a folder of them: parse, validate, lower (as `schemac ir` does,
// tests/corpus/ir/pipeline.cpp).
[[nodiscard]] Lowered lower_schema_at(const std::string& path);

// Prisma 7 prints a JSON default bare, `DEFAULT {"a": 1}`, which SQLite 3.40 rejects; rewrites
// the JSON defaults of `lowered` in `sql` (Prisma's from-empty script for it) to the quoted form
// SQLite takes, which introspection reads to the same value. Returns how many were quoted.
int quote_json_defaults(std::string& sql, const ir::Schema& lowered);

// The whole file, or "" when it cannot be read.
[[nodiscard]] std::string slurp(const std::string& path);

// The rows of a tab-separated file without its header line, each split at tabs.
[[nodiscard]] std::vector<std::vector<std::string>> read_tsv(const std::string& path);

// One line per difference, naming the object: `table "Post": column "id": default: expected
// Value String "a", got none`. Everything ir::Schema's operator== compares, including the order
// of tables, columns, indexes and foreign keys. Empty exactly when `expected == actual`.
[[nodiscard]] std::vector<std::string> differences(const ir::Schema& expected,
                                                   const ir::Schema& actual);

// Tables, columns, indexes and foreign keys sorted by name, for comparisons where the order of
// a replayed history legitimately differs from declaration order (see histories_test.cpp).
[[nodiscard]] ir::Schema sorted_by_name(ir::Schema schema);

// tests/corpus/sqlite/known_exceptions.tsv: case id → reason. A listed case that passes, a
// listed case that never ran and an unlisted case that fails all fail the test, so the list
// stays honest.
class KnownExceptions {
 public:
  KnownExceptions();

  // Records the outcome of one case; returns false (after reporting it) when the outcome
  // contradicts the list.
  bool record(const std::string& id, const std::vector<std::string>& diffs);

  // The listed ids starting with `prefix` that were never recorded.
  [[nodiscard]] std::vector<std::string> unused(const std::string& prefix) const;

  [[nodiscard]] const std::string* reason(const std::string& id) const;

 private:
  std::map<std::string, std::string> reasons_;
  std::map<std::string, bool> seen_;
};

}  // namespace schemac::test
