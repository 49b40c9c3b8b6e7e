// Tests for frontend/parse over the shared corpus: real schemas parse cleanly, and on Prisma's
// own validation fixtures the parser reports exactly what Prisma's parser reports.
#include <map>
#include <set>
#include <tuple>

#include <doctest/doctest.h>

#include "tests/unit/parse/corpus_files.hpp"
#include "tests/unit/parse/parse_fixture.hpp"

using namespace schemac::frontend;

namespace {

// Prisma's parser-level messages (the texts of frontend/parse/messages.cpp); a fixture
// diagnostic that starts with one of them must come from the parser.
bool is_parser_message(const std::string& m) {
  static const char* const kPrefixes[] = {
      "Error validating: This line is invalid. It does not start",
      "Error validating: This block is invalid.",
      "Error validating: Invalid type definition.",
      "Error validating: This line is not a valid field or attribute definition.",
      "Error validating: This line is not an enum value definition.",
      "Error validating: This line is not a valid definition within a",
      "This field declaration is invalid. It is either missing a name or a type.",
      "Field declarations don't require a `:`.",
      "Fields are required by default, `!` is no longer required.",
      "To specify a list, please use `Type[]` instead of `[Type]`.",
      "Optional lists are not supported.",
      "Unknown escape sequence.",
      "Invalid unicode escape sequence.",
      "Error validating: A composite type cannot",
      "Error validating: A unique constraint should be defined in the model containing",
      "Error validating: An index should be defined in the model containing",
      "Error validating: A fulltext index should be defined in the model containing",
      "Error validating: The name of a composite type is not persisted",
      "Error validating: Defining `@",
  };
  for (const char* prefix : kPrefixes) {
    if (m.rfind(prefix, 0) == 0 || m.find(prefix) != std::string::npos) {
      return true;
    }
  }
  return false;
}

using Expected = std::tuple<unsigned, unsigned, std::string>;  // line, column, message

std::map<std::string, std::set<Expected>> expected_diagnostics() {
  std::map<std::string, std::set<Expected>> out;
  const auto dir = std::filesystem::path(SCHEMAC_SHARED_DIR) / "corpus/prisma-engines-validation";
  std::istringstream in(test::read_text(dir / "DIAGNOSTICS.tsv"));
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
      cols.push_back(line.substr(start, tab - start));
    }
    cols.push_back(line.substr(start));
    if (cols.size() == 6) {
      out[cols[0]].insert({static_cast<unsigned>(std::stoul(cols[3])),
                           static_cast<unsigned>(std::stoul(cols[4])), cols[5]});
    }
  }
  return out;
}

}  // namespace

TEST_CASE("corpus: Prisma's validation fixtures get exactly Prisma's parser diagnostics") {
  const auto expected = expected_diagnostics();
  const auto root = std::filesystem::path(SCHEMAC_SHARED_DIR) / "corpus/prisma-engines-validation";
  const auto files = test::corpus_files("prisma-engines-validation");
  REQUIRE(files.size() >= 200);
  std::size_t compared = 0;
  for (const auto& path : files) {
    const std::string rel = std::filesystem::relative(path, root).generic_string();
    const auto p = test::parse(test::read_text(path));
    const auto it = expected.find(rel);
    std::set<Expected> want;
    if (it != expected.end()) {
      for (const auto& e : it->second) {
        if (is_parser_message(std::get<2>(e))) {
          want.insert(e);
        }
      }
    }
    std::set<Expected> got;
    for (const auto& d : p.diags.items()) {
      const auto lc = p.sources->line_column(p.id, d.span->begin);
      got.insert({lc.line, lc.column, d.message});
    }
    INFO(rel);
    CHECK(got == want);
    compared += want.size();
  }
  MESSAGE("parser diagnostics compared with Prisma's: " << compared);
}

TEST_CASE("corpus: real-world and test schemas parse without parser diagnostics") {
  std::size_t files = 0;
  // prisma-engines-format is left out: formatter inputs are invalid on purpose.
  for (const char* sub :
       {"schemas", "histories", "prisma-engines-migrations", "prisma-engines-schemas"}) {
    for (const auto& path : test::corpus_files(sub)) {
      const auto p = test::parse(test::read_text(path));
      INFO(path.string());
      if (!p.diags.items().empty()) {
        INFO(p.diags.items()[0].message);
        const auto lc = p.sources->line_column(p.id, p.diags.items()[0].span->begin);
        INFO(lc.line << ":" << lc.column);
        CHECK(p.diags.items().empty());
      }
      ++files;
    }
  }
  CHECK(files > 1500);
}
