// Validation cases: each tests/unit/validate/cases/<case>.prisma is its own expectation, as in
// Prisma's psl/psl/tests/validation: the schema, then the diagnostics Prisma's validator
// reports for it as trailing `// line:column: severity: message` lines (written by
// scripts/regen-validation-expectations.sh --cases from ../shared/oracle; no block means
// "valid, no warnings"). schemac must report exactly those, with Prisma's wording.
#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "frontend/parse/parse.hpp"
#include "frontend/validate/messages.hpp"
#include "frontend/validate/validate.hpp"
#include "support/read_file.hpp"
#include "support/source_manager.hpp"

namespace fs = std::filesystem;
using namespace schemac;

namespace {

const fs::path kCases = fs::path(SCHEMAC_SOURCE_DIR) / "tests/unit/validate/cases";

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\\') {
      out += "\\\\";
    } else {
      out += c;
    }
  }
  return out;
}

// The trailing `// L:C: severity: message` lines of a case file.
std::vector<std::string> expectations(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("// ", 0) == 0 && line.size() > 3 && std::isdigit(static_cast<unsigned char>(line[3]))) {
      out.push_back(line.substr(3));
    }
  }
  return out;
}

struct CaseResult {
  std::vector<std::string> got;
  std::set<std::string> codes;
};

CaseResult run_case(const fs::path& path, const std::string& text) {
  SourceManager sources;
  Diagnostics diags;
  const FileId id = sources.add(path.filename().string(), text);
  const auto schema = frontend::parse_schema(sources, {id}, diags);
  (void)frontend::validate(schema, sources, diags);
  CaseResult r;
  for (const auto& d : diags.items()) {
    const auto lc = sources.line_column(d.span->file, d.span->begin);
    r.got.push_back(fmt::format("{}:{}: {}: {}", lc.line, lc.column,
                                d.severity == Severity::Error ? "error" : "warning",
                                escape(d.message)));
    r.codes.insert(d.code);
  }
  std::sort(r.got.begin(), r.got.end(), [](const std::string& a, const std::string& b) {
    // Prisma's listing is sorted by line, column, then text.
    auto key = [](const std::string& s) {
      const auto c1 = s.find(':');
      const auto c2 = s.find(':', c1 + 1);
      return std::tuple(std::stoi(s.substr(0, c1)), std::stoi(s.substr(c1 + 1, c2 - c1 - 1)),
                        s.substr(c2));
    };
    return key(a) < key(b);
  });
  return r;
}

std::vector<fs::path> case_files() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(kCases)) {
    if (e.path().extension() == ".prisma") {
      out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("validate: every case reports exactly Prisma's diagnostics") {
  const auto files = case_files();
  REQUIRE(files.size() >= 100);
  for (const auto& path : files) {
    auto text = read_file(path.string());
    REQUIRE(text.ok());
    const std::string name = path.stem().string();
    SUBCASE(name.c_str()) {
      const auto want = expectations(text.value());
      const auto result = run_case(path, text.value());
      CHECK_MESSAGE(result.got == want,
                    fmt::format("{}\n  Prisma:\n    {}\n  schemac:\n    {}", name,
                                fmt::join(want, "\n    "), fmt::join(result.got, "\n    ")));
      // The file name says which: rejects_* must have errors, accepts_* none.
      const bool has_error = std::any_of(result.got.begin(), result.got.end(), [](const auto& s) {
        return s.find(": error: ") != std::string::npos;
      });
      CHECK(has_error == (name.rfind("rejects_", 0) == 0));
    }
  }
}

TEST_CASE("validate: every diagnostic kind is exercised by a case, or exempt for a reason") {
  std::set<std::string> seen;
  std::vector<fs::path> files = case_files();
  // Prisma's own fixtures count too: tests/corpus/validation checks them against Prisma.
  const fs::path fixtures = fs::path(SCHEMAC_SHARED_DIR) / "corpus/prisma-engines-validation";
  auto index = read_file((fixtures / "INDEX.tsv").string());
  REQUIRE(index.ok());
  std::istringstream rows(index.value());
  std::string row;
  while (std::getline(rows, row)) {
    const auto t1 = row.find('\t');
    const auto t2 = row.find('\t', t1 + 1);
    const auto t3 = row.find('\t', t2 + 1);
    const std::string provider = row.substr(t2 + 1, t3 - t2 - 1);
    if (provider == "postgresql" || provider == "sqlite" || provider == "none") {
      files.push_back(fixtures / row.substr(0, t1));
    }
  }
  for (const auto& path : files) {
    auto text = read_file(path.string());
    REQUIRE(text.ok());
    const auto r = run_case(path, text.value());
    seen.insert(r.codes.begin(), r.codes.end());
  }
  // Kinds no case here reaches, each with its reason.
  const std::set<std::string> exempt = {
      // The grammar never yields an empty identifier.
      "name_empty",
  };
  std::vector<std::string> missing;
  for (const auto& kind : frontend::msg::all_kinds()) {
    if (!seen.count(std::string(kind)) && !exempt.count(std::string(kind))) {
      missing.emplace_back(kind);
    }
  }
  std::vector<std::string> stale;
  for (const auto& kind : exempt) {
    if (seen.count(kind)) {
      stale.push_back(kind);
    }
  }
  MESSAGE(fmt::format("kinds without a case: {}; exempt but exercised: {}",
                      fmt::join(missing, ", "), fmt::join(stale, ", ")));
  CHECK(missing.empty());
  CHECK(stale.empty());
}
