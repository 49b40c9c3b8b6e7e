// Tests for frontend/parse/diagnostic_kinds.def: every kind the parser declares is produced by
// some input here, so no kind is dead and no code is misspelt at its call site.
#include <set>
#include <string>

#include <doctest/doctest.h>

#include "tests/unit/parse/parse_fixture.hpp"

using namespace schemac::frontend;

TEST_CASE("diagnostic kinds: each declared kind is produced, with its own code") {
  // Kinds no input can produce, with the reason.
  const std::set<std::string> exempt = {
      "parse_failure",  // the grammar cannot fail; this reports a parser bug instead of aborting
  };
  const std::string inputs[] = {
      "foo\n",
      "foo {\n}\n",
      "type X = String\n",
      "model A {\n  !!\n  a: String\n  b String!\n  c [String]\n  d String[]?\n  e\n}\n",
      "enum E {\n  A B\n}\n",
      "datasource d {\n  !!\n}\n",
      "model A {\n  a String @default(\"\\q\\u12\")\n}\n",
      "type T {\n  a String @id\n  @@index([a])\n}\n",
      "model A {\n  a Int @default(" + std::string(100, '[') + ")\n}\n",
      "// \xFF\n",
  };
  std::set<std::string> produced;
  for (const std::string& input : inputs) {
    const auto p = test::parse(input);
    for (const auto& code : p.codes()) {
      produced.insert(code);
    }
  }
  std::set<std::string> declared;
#define SCHEMAC_PARSE_DIAGNOSTIC(code, what) declared.insert(#code);
#include "frontend/parse/diagnostic_kinds.def"
#undef SCHEMAC_PARSE_DIAGNOSTIC
  for (const auto& code : declared) {
    INFO(code);
    CHECK((produced.count(code) == 1 || exempt.count(code) == 1));
  }
  for (const auto& code : produced) {
    INFO(code);
    CHECK(declared.count(code) == 1);
  }
}
