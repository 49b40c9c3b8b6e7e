// schemac's validator against Prisma's own validation fixtures (psl/psl/tests/validation, in
// ../shared/corpus/prisma-engines-validation): for the 108 files whose provider is
// postgresql, sqlite or none, schemac must accept exactly what Prisma accepts and report its
// first error on the line where Prisma reports its first error. The agreement count may not
// drop below threshold.txt; every disagreement is printed.
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "run_validation.hpp"

namespace fs = std::filesystem;
using namespace schemac;

namespace {

const fs::path kFixtures =
    fs::path(SCHEMAC_SHARED_DIR) / "corpus/prisma-engines-validation";
const fs::path kThreshold =
    fs::path(SCHEMAC_SOURCE_DIR) / "tests/corpus/validation/threshold.txt";

// DIAGNOSTICS.tsv escapes \n, \t and \\ in messages.
std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      const char c = s[++i];
      out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

struct Expected {
  bool reject = false;
  std::vector<std::string> error_lines;     // "schema.prisma:N"
  std::vector<std::string> error_messages;
};

int read_threshold() {
  std::ifstream in(kThreshold);
  int n = 0;
  in >> n;
  return n;
}

}  // namespace

TEST_CASE("validation: agrees with Prisma on its postgresql, sqlite and no-datasource fixtures") {
  std::map<std::string, Expected> expected;
  for (const auto& row : test::read_tsv(kFixtures / "INDEX.tsv")) {
    const std::string& provider = row.at(2);
    if (provider == "postgresql" || provider == "sqlite" || provider == "none") {
      expected[row.at(0)].reject = row.at(3) == "errors";
    }
  }
  for (const auto& row : test::read_tsv(kFixtures / "DIAGNOSTICS.tsv")) {
    auto it = expected.find(row.at(0));
    if (it != expected.end() && row.at(2) == "error") {
      it->second.error_lines.push_back("schema.prisma:" + row.at(3));
      it->second.error_messages.push_back(unescape(row.at(5)));
    }
  }
  REQUIRE(expected.size() == 108);

  int agree = 0;
  int exact_first = 0;
  int exact_all = 0;
  std::string report;
  std::string wording;  // agreeing files whose error list differs in wording or count
  for (const auto& [path, want] : expected) {
    test::ValidationRun run;
    // Prisma's runner names every fixture schema.prisma; so do we, for the line labels.
    const fs::path tmp = fs::temp_directory_path() / "schemac-validation-fixture" / "schema.prisma";
    fs::create_directories(tmp.parent_path());
    fs::copy_file(kFixtures / path, tmp, fs::copy_options::overwrite_existing);
    test::run_validation(tmp, run);
    const auto lines = run.error_lines();
    const auto messages = run.error_messages();
    const bool rejected = !lines.empty();
    bool ok = rejected == want.reject;
    if (ok && want.reject) {
      ok = lines.front() == want.error_lines.front();
    }
    if (ok) {
      ++agree;
    }
    if (want.reject && !messages.empty() && messages.front() == want.error_messages.front()) {
      ++exact_first;
    }
    if (messages == want.error_messages && lines == want.error_lines) {
      ++exact_all;
    } else if (ok) {
      wording += fmt::format("  {}:\n    Prisma:  {}\n    schemac: {}\n", path,
                             want.error_messages.empty() ? "-" : want.error_messages.front(),
                             messages.empty() ? "-" : messages.front());
    }
    if (!ok) {
      report += fmt::format("  {}: Prisma {} ({}), schemac {} ({}){}\n", path,
                            want.reject ? "rejects" : "accepts",
                            want.reject ? want.error_lines.front() : "-",
                            rejected ? "rejects" : "accepts", rejected ? lines.front() : "-",
                            rejected ? "\n      " + messages.front() : "");
    }
  }
  const int threshold = read_threshold();
  MESSAGE(fmt::format("fixture agreement {}/108 (threshold {}); exact first error message {}, "
                      "exact error list {}\ndisagreements:\n{}other error list differences:\n{}",
                      agree, threshold, exact_first, exact_all, report, wording));
  CHECK(agree >= threshold);
}
