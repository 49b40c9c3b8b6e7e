// Prisma parity: for every SQLite unit of tests/corpus/ir/expected/INDEX.tsv, the database that
// Prisma's own from-empty script creates (expected/<kind>/<unit>.sql, written by Prisma 7.10.1's
// engine) introspects exactly equal (ir::Schema ==, order included) to the lowered schema.
#include <algorithm>
#include <filesystem>
#include <string>

#include <doctest/doctest.h>

#include "backends/sqlite/connection.hpp"
#include "backends/sqlite/introspect.hpp"
#include "tests/corpus/sqlite/corpus_support.hpp"

using namespace schemac;
using namespace schemac::test;
using backends::sqlite::Connection;
using backends::sqlite::OpenMode;
namespace fs = std::filesystem;

namespace {

struct Unit {
  std::string id;  // `<kind>/<unit>`
  std::string schema;
  std::string sql;
};

// The SQLite units of tests/corpus/ir/expected/INDEX.tsv (columns: unit kind root schema
// provider status), then this folder's own cases/<name>.prisma with the oracle's
// cases/<name>.sql (see cases/README.md).
std::vector<Unit> units() {
  std::vector<Unit> out;
  const std::string expected_dir = std::string(SCHEMAC_SOURCE_DIR) + "/tests/corpus/ir/expected/";
  for (const auto& row : read_tsv(expected_dir + "INDEX.tsv")) {
    if (row.size() < 6 || row[4] != "sqlite" || row[5] != "ok") {
      continue;
    }
    const std::string schema =
        row[2] == "absolute"
            ? row[3]
            : std::string(row[2] == "repo" ? SCHEMAC_SOURCE_DIR : SCHEMAC_SHARED_DIR) + "/" +
                  row[3];
    out.push_back({row[1] + "/" + row[0], schema, expected_dir + row[1] + "/" + row[0] + ".sql"});
  }
  const fs::path cases = fs::path(SCHEMAC_SOURCE_DIR) / "tests/corpus/sqlite/cases";
  std::vector<fs::path> schemas;
  for (const auto& entry : fs::directory_iterator(cases)) {
    if (entry.path().extension() == ".prisma") {
      schemas.push_back(entry.path());
    }
  }
  std::sort(schemas.begin(), schemas.end());
  for (const fs::path& p : schemas) {
    out.push_back({"sqlite-cases/" + p.stem().string(), p.string(),
                   fs::path(p).replace_extension(".sql").string()});
  }
  return out;
}

}  // namespace

TEST_CASE("corpus: a database made by Prisma's SQL introspects equal to the lowered schema") {
  KnownExceptions known;
  int count = 0;
  int equal = 0;
  int content_equal = 0;
  int json_quoted = 0;
  for (const Unit& u : units()) {
    ++count;
    std::vector<std::string> diffs;
    std::vector<std::string> content_diffs;
    bool compared = false;
    const Lowered lowered = lower_schema_at(u.schema);
    std::string sql = slurp(u.sql);
    Result<Connection> db = Connection::open(":memory:", OpenMode::Create);
    REQUIRE(db.ok());
    if (!lowered.ok) {
      diffs.push_back("does not lower: " + lowered.error);
    } else if (sql.empty()) {
      diffs.push_back("no expected SQL");
    } else {
      json_quoted += quote_json_defaults(sql, lowered.schema);
      if (Result<bool> ran = db.value().execute_script(sql); !ran) {
        diffs.push_back("Prisma's script does not apply: " + ran.error().message);
      } else if (Result<ir::Schema> got = backends::sqlite::introspect(db.value()); !got) {
        diffs.push_back("does not introspect: " + got.error().message);
      } else {
        diffs = differences(lowered.schema, got.value());
        content_diffs = differences(sorted_by_name(lowered.schema), sorted_by_name(got.value()));
        compared = true;
      }
    }
    if (!compared) {
      content_diffs = diffs;
    }
    // Two cases per unit: the content (names sorted) must agree, and the order should, too.
    // The order is its own case, so that a known order difference (a lowering matter, see
    // known_exceptions.tsv) never hides a difference in content.
    content_equal += known.record("parity/" + u.id, content_diffs) ? 1 : 0;
    equal += known.record("parity-order/" + u.id, diffs) ? 1 : 0;
  }
  for (const char* prefix : {"parity/", "parity-order/"}) {
    for (const std::string& id : known.unused(prefix)) {
      FAIL_CHECK(id << " is listed in known_exceptions.tsv but is not a SQLite unit any more");
    }
  }
  MESSAGE("sqlite parity: " << content_equal << "/" << count
                            << " units introspect equal to lowering (names sorted), " << equal
                            << "/" << count << " also in lowering's order (" << json_quoted
                            << " bare JSON defaults quoted for SQLite)");
  CHECK(count >= 19);
}
