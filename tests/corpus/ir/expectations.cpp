// Reads tests/corpus/ir/expected/INDEX.tsv (see expectations.hpp).
#include "tests/corpus/ir/expectations.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace schemac::test {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool using_committed_expectations() {
  return std::getenv("SCHEMAC_IR_EXPECTED") == nullptr;
}

std::vector<Unit> corpus_units() {
  // SCHEMAC_IR_EXPECTED points the tests at another expectation set of the same layout (e.g.
  // one generated for every history step schema, too large to commit).
  const char* override_dir = std::getenv("SCHEMAC_IR_EXPECTED");
  const std::string root = override_dir != nullptr
                               ? std::string(override_dir) + "/"
                               : std::string(SCHEMAC_SOURCE_DIR) + "/tests/corpus/ir/expected/";
  std::istringstream index(slurp(root + "INDEX.tsv"));
  std::vector<Unit> out;
  std::string line;
  std::getline(index, line);  // header
  while (std::getline(index, line)) {
    std::vector<std::string> cols;
    std::istringstream row(line);
    for (std::string col; std::getline(row, col, '\t');) {
      cols.push_back(col);
    }
    if (cols.size() < 6) {
      continue;
    }
    Unit u;
    u.unit = cols[0];
    u.kind = cols[1];
    if (cols[2] == "absolute") {
      u.schema = cols[3];
    } else {
      u.schema =
          std::string(cols[2] == "repo" ? SCHEMAC_SOURCE_DIR : SCHEMAC_SHARED_DIR) + "/" + cols[3];
    }
    u.dialect = cols[4] == "postgresql" ? ir::Dialect::Postgres : ir::Dialect::Sqlite;
    u.oracle_ok = cols[5] == "ok";
    u.sql_path = root + u.kind + "/" + u.unit + ".sql";
    out.push_back(std::move(u));
  }
  return out;
}

}  // namespace schemac::test
