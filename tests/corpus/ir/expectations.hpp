// The committed oracle expectations of tests/corpus/ir/expected/
// (scripts/regen-ir-expectations.sh).
#pragma once

#include <string>
#include <vector>

#include "ir/schema.hpp"

namespace schemac::test {

struct Unit {
  std::string unit;    // `umami`, `postgres/enums/enum_basic`
  std::string kind;    // schemas | histories | prisma-engines-migrations
  std::string schema;  // the schema file or folder, absolute
  ir::Dialect dialect = ir::Dialect::Sqlite;
  bool oracle_ok = false;  // false: Prisma rejected the schema (status oracle-error)
  std::string sql_path;    // absolute; meaningful when oracle_ok

  [[nodiscard]] std::string id() const { return kind + "/" + unit; }
};

// Every row of expected/INDEX.tsv (or $SCHEMAC_IR_EXPECTED/INDEX.tsv), in file order. The root
// column says where the schema path starts: `shared`, `repo` or `absolute`.
[[nodiscard]] std::vector<Unit> corpus_units();

// False when SCHEMAC_IR_EXPECTED overrides the committed set (counts then differ).
[[nodiscard]] bool using_committed_expectations();

// The whole file, or "" when it cannot be read.
[[nodiscard]] std::string slurp(const std::string& path);

}  // namespace schemac::test
