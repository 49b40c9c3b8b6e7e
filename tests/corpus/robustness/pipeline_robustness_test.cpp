// Malformed input never crashes the front end: truncated and mutated copies of every corpus
// schema, and random bytes, go through parse, validate, format and (when valid) lowering.
// Every diagnostic must carry a place. Seeded; the seed is printed; SCHEMAC_SEED=n reproduces.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "frontend/format/format.hpp"
#include "frontend/lower/lower.hpp"
#include "frontend/parse/parse.hpp"
#include "frontend/validate/validate.hpp"
#include "support/read_file.hpp"

namespace {

std::uint64_t seed() {
  if (const char* s = std::getenv("SCHEMAC_SEED")) {
    return std::strtoull(s, nullptr, 10);
  }
  return std::random_device{}();
}

std::vector<std::string> corpus_schema_texts() {
  std::vector<std::string> texts;
  const std::filesystem::path corpus = std::filesystem::path(SCHEMAC_SHARED_DIR) / "corpus";
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus)) {
    if (entry.is_regular_file() && entry.path().extension() == ".prisma") {
      auto text = schemac::read_file(entry.path().string());
      if (text) {
        texts.push_back(std::move(text.value()));
      }
    }
  }
  return texts;
}

// Runs the whole front end on `text`; fails the test if a diagnostic has no place.
void run_front_end(const std::string& text) {
  schemac::SourceManager sources;
  const schemac::FileId file = sources.add("fuzzed.prisma", text);
  schemac::Diagnostics diags;
  const auto ast = schemac::frontend::parse_schema(sources, {file}, diags);
  const auto validated = schemac::frontend::validate(ast, sources, diags);
  (void)schemac::frontend::format_schema(sources, ast);
  if (!diags.has_errors() && validated.valid) {
    (void)schemac::frontend::lower(validated);
  }
  for (const auto& d : diags.items()) {
    if (d.severity == schemac::Severity::Error && !d.span) {
      FAIL_CHECK("diagnostic without a place: ", d.message);
    }
  }
}

}  // namespace

TEST_CASE("robustness: truncated and mutated corpus schemas never crash the front end") {
  const std::uint64_t s = seed();
  MESSAGE("SCHEMAC_SEED=" << s);
  std::mt19937_64 rng(s);
  std::vector<std::string> texts = corpus_schema_texts();
  REQUIRE(texts.size() > 100);
  // A seeded sample keeps one run short (also under the sanitizers); over many runs, with
  // their different seeds, every corpus file is mutated.
  std::shuffle(texts.begin(), texts.end(), rng);
  texts.resize(std::min<std::size_t>(texts.size(), 400));
  std::size_t runs = 0;
  for (const std::string& text : texts) {
    if (text.empty()) {
      continue;
    }
    std::uniform_int_distribution<std::size_t> pos(0, text.size() - 1);
    for (int i = 0; i < 3; ++i) {
      run_front_end(text.substr(0, pos(rng)));  // truncated
      std::string mutated = text;
      for (int m = 0; m < 8; ++m) {
        const std::size_t p = pos(rng);
        switch (rng() % 4) {
          case 0: mutated[p] = static_cast<char>(rng() % 256); break;           // flip a byte
          case 1: mutated.erase(p, 1 + rng() % 16); break;                       // delete a run
          case 2: mutated.insert(p, mutated.substr(pos(rng) % mutated.size(), 1 + rng() % 40)); break;
          default: mutated.insert(p, 1, "{}()[]\"@=,:\n/"[rng() % 13]); break;  // syntax char
        }
        if (mutated.empty()) {
          break;
        }
        pos = std::uniform_int_distribution<std::size_t>(0, mutated.size() - 1);
      }
      run_front_end(mutated);
      pos = std::uniform_int_distribution<std::size_t>(0, text.size() - 1);
      runs += 2;
    }
  }
  MESSAGE(runs << " malformed schemas went through the front end");
}

TEST_CASE("robustness: random bytes and pathological shapes never crash the front end") {
  const std::uint64_t s = seed();
  MESSAGE("SCHEMAC_SEED=" << s);
  std::mt19937_64 rng(s);
  for (int i = 0; i < 300; ++i) {
    std::string junk(rng() % 4096, '\0');
    for (char& c : junk) {
      c = static_cast<char>(rng() % 256);
    }
    run_front_end(junk);
  }
  run_front_end(std::string(100'000, '(') + std::string(100'000, ')'));
  run_front_end("model A {\n  id Int @default(" + std::string(100'000, '[') + ")\n}\n");
  run_front_end("model A {\n  id Int @id\n  x String @default(\"" + std::string(1'000'000, 'x'));
  run_front_end(std::string(10'000'000, 'm'));
  run_front_end("model A {\n" + std::string(50'000, '{') + "\n}\n");
}
