// The contract of DESIGN.md §3, measured: for every SQLite/PostgreSQL schema unit of the shared
// corpus, the lowered IR has exactly the tables, columns (names, types, nullability, defaults,
// autoincrement), primary keys, indexes, foreign keys, enums and namespaces that Prisma 7.10.1's
// engine creates from an empty database (tests/corpus/ir/expected/, from the oracle).
#include <algorithm>
#include <map>

#include <doctest/doctest.h>

#include "tests/corpus/ir/compare.hpp"
#include "tests/corpus/ir/expectations.hpp"
#include "tests/corpus/ir/pipeline.hpp"
#include "tests/corpus/ir/sql_reader.hpp"
#include "tests/corpus/ir/sql_render.hpp"

using namespace schemac;
using namespace schemac::test;

namespace {

// Units known to disagree, each with the reason. A unit listed here that starts agreeing fails
// the test too, so the list cannot go stale.
const std::map<std::string, std::string>& known_disagreements() {
  static const std::map<std::string, std::string> known = {};
  return known;
}

}  // namespace

TEST_CASE("corpus: lowering creates exactly what Prisma's engine creates") {
  int units = 0;
  int agreeing = 0;
  std::string report;
  for (const Unit& u : corpus_units()) {
    if (!u.oracle_ok) {
      continue;  // Prisma rejects it too (webstudio: views with primary keys)
    }
    ++units;
    const ReadSchema expected = read_prisma_sql(slurp(u.sql_path), u.dialect);
    const PipelineResult lowered = lower_schema_at(u.schema);
    std::vector<std::string> diffs;
    if (!lowered.ok) {
      diffs.push_back("does not lower: " + lowered.error);
    } else {
      diffs = differences(expected.schema, rendered_form(lowered.lowered.schema));
      if (lowered.lowered.schema.dialect != u.dialect) {
        diffs.push_back("dialect differs");
      }
    }
    const bool agrees = diffs.empty();
    agreeing += agrees ? 1 : 0;
    const auto known = known_disagreements().find(u.id());
    if (agrees) {
      CHECK_MESSAGE(known == known_disagreements().end(),
                    u.id() << " now agrees: remove it from known_disagreements()");
      continue;
    }
    report += u.id() + ": " + std::to_string(diffs.size()) + " differences\n";
    for (std::size_t i = 0; i < diffs.size() && i < 12; ++i) {
      report += "    " + diffs[i] + "\n";
    }
    CHECK_MESSAGE(known != known_disagreements().end(), u.id() << " disagrees with Prisma:\n"
                                                               << report);
  }
  MESSAGE("lowering agrees with Prisma on " << agreeing << "/" << units << " schema units\n"
                                            << report);
  if (using_committed_expectations()) {
    CHECK(units >= 45);
  }
}

// The single-migration tests carry Prisma 6.19's expected script inline; the oracle ran
// Prisma 7.10.1. Both must describe the same schema, except that Prisma 7 also creates the
// default namespace `public`: a check that the expectations themselves are sound.
TEST_CASE("corpus: Prisma 6.19's inline expectations agree with the oracle's scripts") {
  int checked = 0;
  for (const Unit& u : corpus_units()) {
    if (u.kind != "prisma-engines-migrations" || !u.oracle_ok) {
      continue;
    }
    const std::string file = slurp(u.schema);
    const std::size_t marker = file.find("\n// Expected Migration:\n");
    REQUIRE_MESSAGE(marker != std::string::npos, u.schema);
    std::string inline_sql;
    std::size_t pos = file.find('\n', marker + 1) + 1;
    while (pos < file.size()) {
      std::size_t end = file.find('\n', pos);
      if (end == std::string::npos) {
        end = file.size();
      }
      std::string_view line(file.data() + pos, end - pos);
      while (line.substr(0, 3) == "// ") {
        line.remove_prefix(3);
      }
      if (line == "//") {
        line = {};
      }
      inline_sql += std::string(line) + "\n";
      pos = end + 1;
    }
    ReadSchema old = read_prisma_sql(inline_sql, u.dialect);
    ReadSchema now = read_prisma_sql(slurp(u.sql_path), u.dialect);
    CHECK_MESSAGE(old.errors.empty(), u.id());
    auto& ns = now.schema.namespaces;
    if (old.schema.namespaces.empty()) {
      ns.erase(std::remove(ns.begin(), ns.end(), "public"), ns.end());
    }
    // Prisma 6.19 qualified objects of `public` ("public"."Test2"), 7.10 does not.
    const auto diffs = differences(unqualify_default_namespace(old.schema),
                                   unqualify_default_namespace(now.schema));
    for (const std::string& d : diffs) {
      FAIL_CHECK(u.id() << ": " << d);
    }
    ++checked;
  }
  if (using_committed_expectations()) {
    CHECK(checked == 11);
  }
}
