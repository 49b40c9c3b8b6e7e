// Every risk code that can fire on SQLite shows up in some golden case of tests/cases/, so a rule
// that stops firing (or a code no case exercises) is noticed.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "lint/risk.hpp"
#include "tests/corpus/cases/diff_case.hpp"

using namespace schemac;
using namespace schemac::test;
namespace fs = std::filesystem;

namespace {

// Codes no SQLite case can show, and why.
const std::map<std::string_view, std::string_view>& exemptions() {
  static const std::map<std::string_view, std::string_view> list = {
      {"R107", "blocking index builds are a PostgreSQL matter (no --online on SQLite)"},
      {"S004", "SQLite stores enums as TEXT: adding a value changes nothing in the database"},
      {"H206", "SQLite stores enums as TEXT: removing a value changes nothing in the database"},
  };
  return list;
}

}  // namespace

TEST_CASE("cases: every risk code that can fire on SQLite appears in a golden case") {
  std::string all;
  for (const DiffCase& c : list_diff_cases(fs::path(SCHEMAC_SOURCE_DIR) / "tests/cases")) {
    for (const char* name :
         {"expected.summary.txt", "expected.sqlite.sql", "expected.down.sqlite.sql"}) {
      all += read_text(c.dir / name);
    }
  }
  REQUIRE(!all.empty());
  for (const lint::Rule& rule : lint::catalogue()) {
    const std::string code(rule.code);
    const bool seen = all.find(code) != std::string::npos;
    const auto exempt = exemptions().find(rule.code);
    if (exempt != exemptions().end()) {
      CHECK_MESSAGE(!seen, code << " is exempt (" << exempt->second
                                << ") but a case shows it: remove the exemption");
    } else {
      CHECK_MESSAGE(seen, code << " (" << rule.title << ") appears in no tests/cases golden");
    }
  }
}
