// The recorded reverse check (REVERSE.tsv, scripts/regen-postgres-reverse-record.sh: schemac's
// from-empty script applied, then Prisma's engine diffs the database with the schema) is
// complete: every postgresql unit of the from-empty parity set has one line, nothing else does,
// and every result other than `empty` says why. Needs neither Node.js nor a database.
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

namespace {

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::vector<std::string> cols;
    std::istringstream row(line);
    for (std::string col; std::getline(row, col, '\t');) {
      cols.push_back(col);
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

}  // namespace

TEST_CASE("postgres reverse record: every from-empty parity unit is checked, and explained") {
  const std::string source = SCHEMAC_SOURCE_DIR;
  std::set<std::string> units;
  for (const auto& row : read_tsv(source + "/tests/corpus/ir/expected/INDEX.tsv")) {
    if (row.size() >= 6 && row[4] == "postgresql" && row[5] == "ok") {
      units.insert(row[1] + "/" + row[0]);
    }
  }
  REQUIRE(units.size() >= 75);
  const std::set<std::string> results = {"empty", "differs", "apply-failed", "schemac-error",
                                         "oracle-error"};
  std::map<std::string, int> per_result;
  std::set<std::string> recorded;
  for (const auto& row : read_tsv(source + "/tests/corpus/postgres_parity/REVERSE.tsv")) {
    REQUIRE(row.size() >= 2);
    const std::string& unit = row[0];
    const std::string& result = row[1];
    const std::string note = row.size() > 2 ? row[2] : "";
    CAPTURE(unit);
    CHECK_MESSAGE(recorded.insert(unit).second, "listed twice");
    CHECK_MESSAGE(units.count(unit) != 0,
                  "not a postgresql unit of the parity set any more: regenerate the record");
    CHECK_MESSAGE(results.count(result) != 0, "unknown result `" << result << "`");
    if (result != "empty") {
      CHECK_MESSAGE(!note.empty(), "a `" << result << "` result needs its cause in the note");
    }
    ++per_result[result];
  }
  for (const std::string& unit : units) {
    CHECK_MESSAGE(recorded.count(unit) != 0,
                  unit << " has no reverse check: run scripts/regen-postgres-reverse-record.sh");
  }
  MESSAGE("reverse check: Prisma finds no difference for " << per_result["empty"] << "/"
                                                          << recorded.size() << " units");
}
