// Prisma parity on PostgreSQL. From empty: for every postgresql unit of
// tests/corpus/ir/expected/INDEX.tsv (which includes the postgres files of
// ../shared/corpus/prisma-engines-migrations), schemac's plan has exactly the statements of
// Prisma 7.10.1's committed script. Between two schemas: for every pairs/<name>/, the plan has
// the statements of the oracle's pairs/<name>/prisma.sql (scripts/regen-postgres-pair-
// expectations.sh), up to the one form schemac always adds (a type change's USING). Known
// mismatches are listed with their reasons in known_mismatches.tsv; a listed case that passes
// and an unlisted one that fails both fail.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include <doctest/doctest.h>

#include "tests/corpus/ir/pipeline.hpp"
#include "tests/unit/postgres_plan/plan_support.hpp"

using namespace schemac;
using namespace schemac::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::istringstream in(slurp(path));
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

// known_mismatches.tsv: case id → reason.
class KnownMismatches {
 public:
  KnownMismatches() {
    for (const auto& row : read_tsv(std::string(SCHEMAC_SOURCE_DIR) +
                                    "/tests/corpus/postgres_parity/known_mismatches.tsv")) {
      if (row.size() >= 2) {
        reasons_[row[0]] = row[1];
      }
    }
  }

  // Returns whether the case matched Prisma; reports a contradiction with the list.
  bool record(const std::string& id, const std::string& difference) {
    seen_.insert(id);
    const bool listed = reasons_.count(id) != 0;
    if (difference.empty()) {
      CHECK_MESSAGE(!listed, id << " now matches Prisma: remove it from known_mismatches.tsv");
      return true;
    }
    CHECK_MESSAGE(listed, id << " differs from Prisma: " << difference);
    return false;
  }

  [[nodiscard]] std::vector<std::string> unused(const std::string& prefix) const {
    std::vector<std::string> out;
    for (const auto& [id, reason] : reasons_) {
      if (id.rfind(prefix, 0) == 0 && seen_.count(id) == 0) {
        out.push_back(id);
      }
    }
    return out;
  }

 private:
  std::map<std::string, std::string> reasons_;
  std::set<std::string> seen_;
};

// "" when equal, else the first differing line of each side.
std::string first_difference(const std::vector<std::string>& prisma,
                             const std::vector<std::string>& schemac) {
  const std::size_t n = std::min(prisma.size(), schemac.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (prisma[i] != schemac[i]) {
      return "line " + std::to_string(i + 1) + ": Prisma `" + prisma[i] + "`, schemac `" +
             schemac[i] + "`";
    }
  }
  if (prisma.size() != schemac.size()) {
    return "Prisma has " + std::to_string(prisma.size()) + " lines, schemac " +
           std::to_string(schemac.size());
  }
  return "";
}

// Whole statements (a CREATE TABLE spans lines), in order.
std::vector<std::string> statements_of(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  std::string current;
  for (const std::string& line : lines) {
    current += (current.empty() ? "" : "\n") + line;
    if (!line.empty() && line.back() == ';') {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) {
    out.push_back(std::move(current));
  }
  return out;
}

// The first difference of the statements once both sides are sorted: "" when the two scripts
// hold the same statements, maybe in another order.
std::string content_difference(const std::vector<std::string>& prisma,
                               const std::vector<std::string>& schemac) {
  std::vector<std::string> p = statements_of(prisma);
  std::vector<std::string> s = statements_of(schemac);
  std::sort(p.begin(), p.end());
  std::sort(s.begin(), s.end());
  return first_difference(p, s);
}

std::string schema_path(const std::vector<std::string>& row) {
  if (row[2] == "absolute") {
    return row[3];
  }
  return std::string(row[2] == "repo" ? SCHEMAC_SOURCE_DIR : SCHEMAC_SHARED_DIR) + "/" + row[3];
}

// schemac always states how a changed column's values convert (`SET DATA TYPE T USING (…)`,
// DESIGN.md §4); Prisma relies on PostgreSQL's assignment casts. The clause is otherwise equal.
std::string without_using(std::string line) {
  if (line.find("SET DATA TYPE ") == std::string::npos) {
    return line;
  }
  const std::size_t at = line.find(" USING (");
  if (at == std::string::npos) {
    return line;
  }
  const bool comma = !line.empty() && (line.back() == ',' || line.back() == ';');
  const char last = line.back();
  line.erase(at);
  if (comma) {
    line += last;
  }
  return line;
}

}  // namespace

TEST_CASE("postgres parity: from empty, schemac's statements are Prisma's") {
  KnownMismatches known;
  const std::string expected_dir = std::string(SCHEMAC_SOURCE_DIR) + "/tests/corpus/ir/expected/";
  int count = 0;
  int equal = 0;
  int same_statements = 0;
  for (const auto& row : read_tsv(expected_dir + "INDEX.tsv")) {
    if (row.size() < 6 || row[4] != "postgresql" || row[5] != "ok") {
      continue;
    }
    const std::string id = row[1] + "/" + row[0];
    ++count;
    const PipelineResult lowered = lower_schema_at(schema_path(row));
    const std::string script = slurp(expected_dir + id + ".sql");
    std::string difference;
    std::string content;
    if (!lowered.ok) {
      difference = "does not lower: " + lowered.error.substr(0, 200);
    } else if (script.empty()) {
      difference = "no expected SQL";
    } else {
      const backends::Plan plan = plan_between(empty_postgres(), lowered.lowered.schema);
      const std::vector<std::string> prisma = prisma_statement_lines(script);
      const std::vector<std::string> ours = statement_lines(plan);
      difference = first_difference(prisma, ours);
      content = content_difference(prisma, ours);
    }
    if (content.empty() && !difference.empty()) {
      // Same statements, another order: its own case, so that a known order difference (a
      // lowering matter) never hides a difference in content.
      same_statements += known.record("empty/" + id, "") ? 1 : 0;
      known.record("empty-order/" + id, difference);
    } else {
      same_statements +=
          known.record("empty/" + id, content.empty() ? difference : content) ? 1 : 0;
      equal += known.record("empty-order/" + id, difference) ? 1 : 0;
    }
  }
  for (const char* prefix : {"empty/", "empty-order/"}) {
    for (const std::string& id : known.unused(prefix)) {
      FAIL_CHECK(id << " is listed in known_mismatches.tsv but is not a postgresql unit any more");
    }
  }
  MESSAGE("postgresql parity from empty: " << equal << "/" << count << " units (" << same_statements
                                           << "/" << count
                                           << " with the same statements in some order)");
  CHECK(count >= 75);
}

TEST_CASE("postgres parity: between two schemas, schemac's statements are Prisma's") {
  KnownMismatches known;
  const fs::path pairs = fs::path(SCHEMAC_SOURCE_DIR) / "tests/corpus/postgres_parity/pairs";
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(pairs)) {
    if (entry.is_directory()) {
      dirs.push_back(entry.path());
    }
  }
  std::sort(dirs.begin(), dirs.end());
  int equal = 0;
  for (const fs::path& dir : dirs) {
    const std::string id = "pair/" + dir.filename().string();
    const PipelineResult from = lower_schema_at((dir / "from.prisma").string());
    const PipelineResult to = lower_schema_at((dir / "to.prisma").string());
    INFO(id << ": " << from.error << to.error);
    REQUIRE(from.ok);
    REQUIRE(to.ok);
    const std::string script = slurp((dir / "prisma.sql").string());
    REQUIRE(!script.empty());
    std::vector<std::string> ours =
        statement_lines(plan_between(from.lowered.schema, to.lowered.schema));
    std::transform(ours.begin(), ours.end(), ours.begin(), without_using);
    equal += known.record(id, first_difference(prisma_statement_lines(script), ours)) ? 1 : 0;
  }
  for (const std::string& id : known.unused("pair/")) {
    FAIL_CHECK(id << " is listed in known_mismatches.tsv but has no folder in pairs/");
  }
  MESSAGE("postgresql parity between schemas: " << equal << "/" << dirs.size() << " pairs");
  CHECK(dirs.size() >= 8);
}
