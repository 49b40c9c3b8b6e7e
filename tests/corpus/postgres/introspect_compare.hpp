// What the PostgreSQL introspection tests share: a readable comparison of two IR schemas,
// enums and namespaces included, and the committed list of known exceptions.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ir/schema.hpp"

namespace schemac::test::pg {

// One line per difference, naming the object: `table "Post": column "id": default: expected
// Value String `a`, got none`. Every field of ir::Schema, the order of enums, tables, columns,
// indexes and foreign keys included; types, defaults and operator classes through
// ir/equivalence.hpp (what the database normalises is no difference), everything else by
// equality. A field added to the IR must be added here.
[[nodiscard]] std::vector<std::string> differences(const ir::Schema& expected,
                                                   const ir::Schema& actual);

// Enums, tables, columns, indexes and foreign keys sorted by (namespace,) name: the content
// without the order.
[[nodiscard]] ir::Schema sorted_by_name(ir::Schema schema);

// The rows of a tab-separated file without its header and `#` lines, each split at tabs.
[[nodiscard]] std::vector<std::vector<std::string>> read_tsv(const std::string& path);

// tests/corpus/postgres/introspect_exceptions.tsv: case id → reason. A listed case that
// passes, a listed case that never ran and an unlisted case that fails all fail the test.
class KnownExceptions {
 public:
  KnownExceptions();

  // Records one case's outcome; false (after reporting a contradiction) when it differs.
  bool record(const std::string& id, const std::vector<std::string>& diffs);

  // Listed ids that were never recorded.
  [[nodiscard]] std::vector<std::string> unused() const;

 private:
  std::map<std::string, std::string> reasons_;
  std::map<std::string, bool> seen_;
};

}  // namespace schemac::test::pg
