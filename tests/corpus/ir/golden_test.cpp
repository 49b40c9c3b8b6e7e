// Golden IR dumps (ir/json) for a handful of corpus schemas: the whole lowered IR, not only
// what the SQL shows (families, enum references, literal kinds). Rewrite them on purpose with
// SCHEMAC_UPDATE_GOLDENS=1 (refused under CI=true) and review the diff.
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <doctest/doctest.h>

#include "ir/json.hpp"
#include "tests/corpus/ir/expectations.hpp"
#include "tests/corpus/ir/pipeline.hpp"

using namespace schemac;
using namespace schemac::test;

namespace {

// Two SQLite and four PostgreSQL schemas covering enums, lists, multiSchema, implicit m:n,
// native types, mapped names and relations.
constexpr const char* kGoldenUnits[] = {
    "schemas/epic-stack",
    "schemas/prisma-examples-delegated-types",
    "schemas/umami",
    "prisma-engines-migrations/postgres/multi_schema_basic",
    "prisma-engines-migrations/postgres/enums/enum_fields",
    "prisma-engines-migrations/postgres/scalar_lists_with_enum_and_int_id",
};

bool env_is(const char* name, std::string_view value) {
  const char* v = std::getenv(name);
  return v != nullptr && value == v;
}

// The first line where two texts differ, with its neighbours, for the failure message.
std::string first_difference(const std::string& want, const std::string& got) {
  std::size_t line = 1;
  std::size_t i = 0;
  while (i < want.size() && i < got.size() && want[i] == got[i]) {
    line += want[i] == '\n' ? 1 : 0;
    ++i;
  }
  auto around = [&](const std::string& s) {
    const std::size_t b = s.rfind('\n', i == 0 ? 0 : i - 1);
    const std::size_t start = b == std::string::npos ? 0 : b + 1;
    return s.substr(start, s.find('\n', i) - start);
  };
  return "line " + std::to_string(line) + ":\n  expected: " + around(want) +
         "\n  got:      " + around(got);
}

}  // namespace

TEST_CASE("golden: lowered IR as JSON for selected corpus schemas") {
  const bool update = env_is("SCHEMAC_UPDATE_GOLDENS", "1");
  if (update) {
    REQUIRE_MESSAGE(!env_is("CI", "true"), "SCHEMAC_UPDATE_GOLDENS is refused under CI=true");
  }
  const auto units = corpus_units();
  for (const char* id : kGoldenUnits) {
    const auto it =
        std::find_if(units.begin(), units.end(), [&](const Unit& u) { return u.id() == id; });
    REQUIRE_MESSAGE(it != units.end(), id);
    const PipelineResult r = lower_schema_at(it->schema);
    REQUIRE_MESSAGE(r.ok, id << ": " << r.error);
    const std::string got = ir::to_json_text(r.lowered.schema);
    const std::string path =
        std::string(SCHEMAC_SOURCE_DIR) + "/tests/corpus/ir/golden/" + id + ".json";
    if (update) {
      std::filesystem::create_directories(std::filesystem::path(path).parent_path());
      std::ofstream(path, std::ios::binary) << got;
      MESSAGE("rewrote " << path);
      continue;
    }
    const std::string want = slurp(path);
    REQUIRE_MESSAGE(!want.empty(), path << " is missing: run with SCHEMAC_UPDATE_GOLDENS=1");
    CHECK_MESSAGE(want == got, id << " differs from its golden, " << first_difference(want, got));
  }
}
