// Prisma parity on PostgreSQL: for every postgresql unit of tests/corpus/ir/expected/INDEX.tsv,
// the database that Prisma's own from-empty script creates (expected/<kind>/<unit>.sql,
// written by Prisma 7.10.1's engine) introspects equal (ir::Schema ==) to the lowered schema.
// Content (names sorted) and order are separate cases, so that a known order difference never
// hides one in content; disagreements are listed in introspect_exceptions.tsv with reasons.
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "backends/postgres/introspect.hpp"
#include "tests/corpus/ir/pipeline.hpp"
#include "tests/corpus/postgres/introspect_compare.hpp"
#include "tests/postgres/scratch_database.hpp"

using namespace schemac;
using schemac::test::ScratchDatabase;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The schema as introspection reads it back: the namespaces of a multi-schema datasource
// (every object names its `@@schema`), else the datasource's default namespace.
Result<ir::Schema> introspect_as_lowered(backends::postgres::Connection& conn,
                                         const ir::Schema& lowered) {
  bool multi_schema = false;
  for (const ir::Table& t : lowered.tables) {
    multi_schema = multi_schema || !t.schema_name.empty();
  }
  for (const ir::Enum& e : lowered.enums) {
    multi_schema = multi_schema || !e.schema_name.empty();
  }
  return multi_schema ? backends::postgres::introspect(conn, lowered.namespaces)
                      : backends::postgres::introspect(conn, std::string("public"));
}

}  // namespace

TEST_CASE("postgres corpus: a database made by Prisma's SQL introspects equal to lowering") {
  test::pg::KnownExceptions known;
  const std::string expected_dir = std::string(SCHEMAC_SOURCE_DIR) + "/tests/corpus/ir/expected/";
  int count = 0;
  int content_equal = 0;
  int equal = 0;
  for (const auto& row : test::pg::read_tsv(expected_dir + "INDEX.tsv")) {
    if (row.size() < 6 || row[4] != "postgresql" || row[5] != "ok") {
      continue;
    }
    const std::string id = row[1] + "/" + row[0];
    const std::string path =
        row[2] == "absolute"
            ? row[3]
            : std::string(row[2] == "repo" ? SCHEMAC_SOURCE_DIR : SCHEMAC_SHARED_DIR) + "/" +
                  row[3];
    ++count;
    std::vector<std::string> diffs;
    std::vector<std::string> content_diffs;
    bool compared = false;
    const test::PipelineResult lowered = test::lower_schema_at(path);
    const std::string sql = slurp(expected_dir + id + ".sql");
    if (!lowered.ok) {
      diffs.push_back("does not lower: " + lowered.error);
    } else if (sql.empty()) {
      diffs.push_back("no expected SQL");
    } else {
      ScratchDatabase db;
      auto conn = db.connect_here();
      // As in apply_from_empty_test.cpp: the projects' databases have these extensions without
      // declaring them (gin_trgm_ops indexes, CITEXT columns); Prisma's scripts need them.
      REQUIRE(conn.execute_script("CREATE EXTENSION IF NOT EXISTS pg_trgm; "
                                  "CREATE EXTENSION IF NOT EXISTS citext;")
                  .ok());
      const ir::Schema& want = lowered.lowered.schema;
      if (auto ran = conn.execute_script(sql); !ran) {
        diffs.push_back("Prisma's script does not apply: " + ran.error().message);
      } else if (auto got = introspect_as_lowered(conn, want); !got) {
        diffs.push_back("does not introspect: " + got.error().message);
      } else {
        diffs = test::pg::differences(want, got.value());
        content_diffs = test::pg::differences(test::pg::sorted_by_name(want),
                                              test::pg::sorted_by_name(got.value()));
        compared = true;
      }
    }
    if (!compared) {
      content_diffs = diffs;  // nothing was compared: the failure is the content's too
    }
    content_equal += known.record("parity/" + id, content_diffs) ? 1 : 0;
    equal += known.record("parity-order/" + id, diffs) ? 1 : 0;
  }
  for (const std::string& id : known.unused()) {
    FAIL_CHECK(id << " is listed in introspect_exceptions.tsv but is not a postgresql unit");
  }
  MESSAGE("postgresql parity: " << content_equal << "/" << count
                                << " units introspect equal to lowering (names sorted), " << equal
                                << "/" << count << " also in lowering's order");
  CHECK(count >= 75);
}
