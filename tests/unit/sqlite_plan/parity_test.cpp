// Prisma parity from empty: the plan for every SQLite schema of the corpus, and for the SQLite
// variants of its PostgreSQL schemas, has exactly the statements of Prisma's committed script
// (tests/corpus/ir/expected/, tests/corpus/sqlite_parity/expected/; regenerated with
// scripts/regen-ir-expectations.sh and scripts/regen-sqlite-parity-expectations.sh).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <doctest/doctest.h>

#include "tests/unit/sqlite_plan/test_support.hpp"

using namespace schemac;
using namespace schemac::test;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct ParityUnit {
  std::string group;  // "corpus" or "variants"
  std::string id;
  std::string schema;    // .prisma file or folder
  std::string expected;  // Prisma's script
};

// The sqlite rows of tests/corpus/ir/expected/INDEX.tsv that Prisma accepted.
std::vector<ParityUnit> corpus_units() {
  const std::string root = source_dir() + "/tests/corpus/ir/expected/";
  std::istringstream index(slurp(root + "INDEX.tsv"));
  std::vector<ParityUnit> out;
  std::string line;
  std::getline(index, line);  // header
  while (std::getline(index, line)) {
    std::vector<std::string> cols;
    std::istringstream row(line);
    for (std::string col; std::getline(row, col, '\t');) {
      cols.push_back(col);
    }
    if (cols.size() < 6 || cols[4] != "sqlite" || cols[5] != "ok") {
      continue;
    }
    const std::string base = cols[2] == "repo"       ? source_dir() + "/"
                             : cols[2] == "absolute" ? std::string()
                                                     : shared_dir() + "/";
    out.push_back({"corpus", cols[1] + "/" + cols[0], base + cols[3],
                   root + cols[1] + "/" + cols[0] + ".sql"});
  }
  return out;
}

// tests/corpus/sqlite_parity/variants/**.prisma with expected/**.sql beside them.
std::vector<ParityUnit> variant_units() {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(source_dir()) / "tests/corpus/sqlite_parity";
  std::vector<ParityUnit> out;
  if (!fs::is_directory(root / "variants")) {
    return out;
  }
  for (const auto& entry : fs::recursive_directory_iterator(root / "variants")) {
    if (!entry.is_regular_file() || entry.path().extension() != ".prisma") {
      continue;
    }
    fs::path rel = fs::relative(entry.path(), root / "variants");
    const std::string id = rel.replace_extension().generic_string();
    out.push_back(
        {"variants", id, entry.path().string(), (root / "expected" / (id + ".sql")).string()});
  }
  std::sort(out.begin(), out.end(),
            [](const ParityUnit& a, const ParityUnit& b) { return a.id < b.id; });
  return out;
}

// Prisma's line with a bare JSON default (`"j" JSONB NOT NULL DEFAULT {}` — a syntax error in
// SQLite) written as the string literal schemac prints (`DEFAULT '{}'`); other lines unchanged.
std::string with_quoted_json_default(const std::string& line) {
  static const std::regex bare(R"(^(.* DEFAULT )([\[{].*[\]}])(,?)$)");
  std::smatch m;
  if (!std::regex_match(line, m, bare)) {
    return line;
  }
  std::string literal = "'";
  for (const char c : m[2].str()) {
    literal += c;
    if (c == '\'') {
      literal += '\'';
    }
  }
  return m[1].str() + literal + "'" + m[3].str();
}

enum class Parity { Identical, QuotedJsonDefaults, Different };

struct Outcome {
  Parity parity = Parity::Different;
  std::string failure;  // why, when Different
};

// Whether the plan from empty has Prisma's statements: identical, or identical once Prisma's
// bare JSON defaults are quoted (schemac's one deliberate difference, backends/sqlite/types.cpp).
Outcome parity_of(const ParityUnit& unit) {
  const Lowered lowered = lower_file(unit.schema);
  if (!lowered.ok) {
    return {Parity::Different, "does not lower: " + lowered.error};
  }
  if (!std::filesystem::exists(unit.expected)) {
    return {Parity::Different, "no expected script " + unit.expected};
  }
  const backends::Plan plan = plan_from_empty(lowered.schema);
  for (const backends::Step& step : plan.steps) {
    if (step.placement != backends::Placement::InTransaction) {
      return {Parity::Different, "a step outside the transaction: " + step.comment};
    }
  }
  const std::vector<std::string> ours = statement_lines(plan);
  const std::vector<std::string> prisma = prisma_statement_lines(slurp(unit.expected));
  Parity parity = Parity::Identical;
  for (std::size_t i = 0; i < std::max(ours.size(), prisma.size()); ++i) {
    const std::string a = i < ours.size() ? ours[i] : "<end>";
    const std::string b = i < prisma.size() ? prisma[i] : "<end>";
    if (a == b) {
      continue;
    }
    if (a == with_quoted_json_default(b)) {
      parity = Parity::QuotedJsonDefaults;
      continue;
    }
    return {Parity::Different,
            "line " + std::to_string(i + 1) + ":\n  schemac: " + a + "\n  prisma:  " + b};
  }
  return {parity, ""};
}

// SCHEMAC_SQLITE_PARITY_DUMP=DIR writes schemac's script for every unit to DIR/<group>/<id>.sql,
// for scripts/regen-sqlite-parity-expectations.sh to apply to a database (until `schemac diff
// --from empty` prints them).
void dump_script(const ParityUnit& unit) {
  const char* dir = std::getenv("SCHEMAC_SQLITE_PARITY_DUMP");
  if (dir == nullptr) {
    return;
  }
  const Lowered lowered = lower_file(unit.schema);
  if (!lowered.ok) {
    return;
  }
  const std::filesystem::path path = std::filesystem::path(dir) / unit.group / (unit.id + ".sql");
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << script_text(plan_from_empty(lowered.schema));
}

struct Counts {
  std::size_t identical = 0;
  std::size_t quoted_json = 0;
};

Counts check_all(const std::vector<ParityUnit>& units) {
  Counts counts;
  for (const ParityUnit& unit : units) {
    const Outcome outcome = parity_of(unit);
    CHECK_MESSAGE(outcome.parity != Parity::Different, unit.id << ": " << outcome.failure);
    counts.identical += outcome.parity == Parity::Identical ? 1 : 0;
    counts.quoted_json += outcome.parity == Parity::QuotedJsonDefaults ? 1 : 0;
    dump_script(unit);
  }
  return counts;
}

}  // namespace

TEST_CASE("sqlite parity: the plan from empty has Prisma's statements, unit by unit") {
  const std::vector<ParityUnit> corpus = corpus_units();
  const std::vector<ParityUnit> variants = variant_units();
  REQUIRE(corpus.size() >= 17);
  const Counts c = check_all(corpus);
  const Counts v = check_all(variants);
  std::printf(
      "sqlite parity from empty: %zu/%zu corpus units, %zu/%zu variants; of these %zu and %zu "
      "identical but for JSON defaults, which schemac quotes (Prisma's bare ones fail on "
      "SQLite)\n",
      c.identical + c.quoted_json, corpus.size(), v.identical + v.quoted_json, variants.size(),
      c.quoted_json, v.quoted_json);
}

TEST_CASE("sqlite parity: only Prisma's bare JSON defaults are written differently") {
  CHECK(with_quoted_json_default(R"(    "j" JSONB NOT NULL DEFAULT {"a": 1},)") ==
        R"(    "j" JSONB NOT NULL DEFAULT '{"a": 1}',)");
  CHECK(with_quoted_json_default(R"(    "j" JSONB DEFAULT ["it's"])") ==
        R"(    "j" JSONB DEFAULT '["it''s"]')");
  CHECK(with_quoted_json_default(R"(    "n" TEXT NOT NULL DEFAULT 'x',)") ==
        R"(    "n" TEXT NOT NULL DEFAULT 'x',)");
}
