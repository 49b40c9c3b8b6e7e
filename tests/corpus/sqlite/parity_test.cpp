// Prisma parity: for every SQLite unit of tests/corpus/ir/expected/INDEX.tsv, the database that
// Prisma's own from-empty script creates (expected/<kind>/<unit>.sql, written by Prisma 7.10.1's
// engine) introspects exactly equal (ir::Schema ==, order included) to the lowered schema.
#include <string>

#include <doctest/doctest.h>

#include "backends/sqlite/connection.hpp"
#include "backends/sqlite/introspect.hpp"
#include "tests/corpus/sqlite/corpus_support.hpp"

using namespace schemac;
using namespace schemac::test;
using backends::sqlite::Connection;
using backends::sqlite::OpenMode;

namespace {

std::string quote_literal(std::string_view s) {
  std::string out = "'";
  for (const char c : s) {
    out += c;
    if (c == '\'') {
      out += '\'';
    }
  }
  return out + "'";
}

// Prisma 7 prints a JSON default bare, `DEFAULT {"a": 1}`, which libSQL (the driver Prisma
// uses) accepts and SQLite 3.40 rejects ("unrecognized token: {"). The script gets those
// defaults quoted, the one form SQLite takes; introspection reads both forms to the same Json
// value (tests/unit/sqlite/introspect_test.cpp). Returns how many were quoted.
int quote_json_defaults(std::string& sql, const ir::Schema& lowered) {
  int quoted = 0;
  for (const ir::Table& t : lowered.tables) {
    for (const ir::Column& c : t.columns) {
      if (!c.default_value || c.default_value->kind != ir::DefaultKind::Value ||
          c.default_value->value.kind != ir::ValueKind::Json) {
        continue;
      }
      const std::string bare = " DEFAULT " + c.default_value->value.text;
      const std::size_t at = sql.find(bare);
      if (at != std::string::npos) {
        sql.replace(at, bare.size(), " DEFAULT " + quote_literal(c.default_value->value.text));
        ++quoted;
      }
    }
  }
  return quoted;
}

}  // namespace

TEST_CASE("corpus: a database made by Prisma's SQL introspects equal to the lowered schema") {
  const std::string expected_dir = std::string(SCHEMAC_SOURCE_DIR) + "/tests/corpus/ir/expected/";
  KnownExceptions known;
  int units = 0;
  int equal = 0;
  int content_equal = 0;
  int json_quoted = 0;
  for (const auto& row : read_tsv(expected_dir + "INDEX.tsv")) {
    // unit kind root schema provider status
    if (row.size() < 6 || row[4] != "sqlite" || row[5] != "ok") {
      continue;
    }
    const std::string id = "parity/" + row[1] + "/" + row[0];
    std::vector<std::string> content_diffs;
    bool compared = false;
    const std::string schema_path =
        row[2] == "absolute"
            ? row[3]
            : std::string(row[2] == "repo" ? SCHEMAC_SOURCE_DIR : SCHEMAC_SHARED_DIR) + "/" +
                  row[3];
    ++units;
    std::vector<std::string> diffs;
    const Lowered lowered = lower_schema_at(schema_path);
    std::string sql = slurp(expected_dir + row[1] + "/" + row[0] + ".sql");
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
    content_equal += known.record(id, content_diffs) ? 1 : 0;
    equal += known.record("parity-order/" + row[1] + "/" + row[0], diffs) ? 1 : 0;
  }
  for (const char* prefix : {"parity/", "parity-order/"}) {
    for (const std::string& id : known.unused(prefix)) {
      FAIL_CHECK(id << " is listed in known_exceptions.tsv but is not a SQLite unit any more");
    }
  }
  MESSAGE("sqlite parity: " << content_equal << "/" << units
                            << " units introspect equal to lowering (names sorted), " << equal
                            << "/" << units << " also in lowering's order (" << json_quoted
                            << " bare JSON defaults quoted for SQLite)");
  CHECK(units >= 17);
}
