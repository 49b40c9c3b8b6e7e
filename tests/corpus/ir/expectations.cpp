// Reads tests/corpus/ir/expected/INDEX.tsv (see expectations.hpp).
#include "tests/corpus/ir/expectations.hpp"

#include <fstream>
#include <sstream>

namespace schemac::test {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<Unit> corpus_units() {
  const std::string root = std::string(SCHEMAC_SOURCE_DIR) + "/tests/corpus/ir/expected/";
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
    if (cols.size() < 5) {
      continue;
    }
    Unit u;
    u.unit = cols[0];
    u.kind = cols[1];
    u.schema = std::string(SCHEMAC_SHARED_DIR) + "/" + cols[2];
    u.dialect = cols[3] == "postgresql" ? ir::Dialect::Postgres : ir::Dialect::Sqlite;
    u.oracle_ok = cols[4] == "ok";
    u.sql_path = root + u.kind + "/" + u.unit + ".sql";
    out.push_back(std::move(u));
  }
  return out;
}

}  // namespace schemac::test
