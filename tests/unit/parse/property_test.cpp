// Property tests for frontend/parse over the shared corpus: every file, truncated at random
// points and with random byte mutations, parses without crashing and with placed
// diagnostics. Prints its seed; SCHEMAC_SEED=n reproduces a run.
#include <cstdlib>
#include <iostream>
#include <random>

#include <doctest/doctest.h>

#include "tests/unit/parse/corpus_files.hpp"
#include "tests/unit/parse/parse_fixture.hpp"

using namespace schemac::frontend;

namespace {

std::uint64_t seed() {
  static const std::uint64_t value = [] {
    if (const char* env = std::getenv("SCHEMAC_SEED")) {
      return static_cast<std::uint64_t>(std::strtoull(env, nullptr, 10));
    }
    return static_cast<std::uint64_t>(std::random_device{}());
  }();
  return value;
}

bool spans_are_placed(const test::Parsed& p) {
  const auto size = p.sources->text(p.id).size();
  for (const auto& d : p.diags.items()) {
    if (!d.span || d.span->begin > d.span->end || d.span->end > size) {
      return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("property: every corpus file parses whole, truncated and mutated") {
  std::cout << "property_test: SCHEMAC_SEED=" << seed() << "\n";
  std::mt19937_64 rng(seed());
  const auto files = test::corpus_files();
  REQUIRE(files.size() > 1000);
  std::size_t parses = 0;
  for (const auto& path : files) {
    const std::string text = test::read_text(path);
    INFO(path.string() << " (SCHEMAC_SEED=" << seed() << ")");
    const auto whole = test::parse(text);
    CHECK(spans_are_placed(whole));
    ++parses;
    // 50 truncation points per file, as the parser sees a file being typed.
    for (int i = 0; i < 50 && !text.empty(); ++i) {
      const std::size_t cut = std::uniform_int_distribution<std::size_t>(0, text.size())(rng);
      const auto p = test::parse(text.substr(0, cut));
      INFO("truncated at " << cut);
      CHECK(spans_are_placed(p));
      ++parses;
    }
    // 10 mutants per file, each with 1 to 8 random bytes overwritten, inserted or deleted.
    for (int i = 0; i < 10 && !text.empty(); ++i) {
      std::string mutant = text;
      const int edits = std::uniform_int_distribution<int>(1, 8)(rng);
      for (int e = 0; e < edits && !mutant.empty(); ++e) {
        const std::size_t at =
            std::uniform_int_distribution<std::size_t>(0, mutant.size() - 1)(rng);
        const char byte = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng));
        switch (std::uniform_int_distribution<int>(0, 2)(rng)) {
          case 0:
            mutant[at] = byte;
            break;
          case 1:
            mutant.insert(mutant.begin() + static_cast<long>(at), byte);
            break;
          default:
            mutant.erase(at, 1);
            break;
        }
      }
      const auto p = test::parse(mutant);
      INFO("mutant " << i);
      CHECK(spans_are_placed(p));
      ++parses;
    }
  }
  MESSAGE("parsed " << parses << " variants of " << files.size() << " files");
}
