// The two fact sources of SQLite introspection agree: on every database the suite can make,
// reading the CREATE texts (backends/sqlite/ddl_reader.hpp) gives exactly the schema SQLite's
// pragmas give (ir::Schema ==, order included), or the reader gives up and introspection falls
// back to the pragmas. On databases made by Prisma's or schemac's own SQL it must never give up.
//
// Databases: FROM and TO of every golden case (tests/cases/*), from schemac's from-empty script
// and from Prisma's (prisma.from/to.sqlite.sql), and FROM after the case's up and down scripts
// (tables altered and rebuilt); every SQLite corpus unit from Prisma's script and from
// schemac's; every step of the SQLite histories; and hand-written DDL that tries the reader's
// corners.
#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "backends/sqlite/connection.hpp"
#include "backends/sqlite/introspect.hpp"
#include "backends/sqlite/migrations.hpp"
#include "backends/sqlite/planner.hpp"
#include "ir/diff.hpp"
#include "tests/corpus/sqlite/corpus_support.hpp"

using namespace schemac;
using namespace schemac::test;
namespace sqlite = backends::sqlite;
namespace fs = std::filesystem;

namespace {

struct Tally {
  int databases = 0;
  int read_from_ddl = 0;
  std::vector<std::string> fallbacks;  // "<database>: <why>"
  std::vector<std::string> not_made;   // scripts that did not apply (listed, not compared)
};

// Introspects `db` both ways and checks that they agree. Returns whether the CREATE text
// reader was used (false: it gave up and the pragmas were used).
bool compare_sources(sqlite::Connection& db, const std::string& label, Tally& tally) {
  ++tally.databases;
  Result<sqlite::Introspection> pragmas = sqlite::introspect(db, {sqlite::FactSource::Pragmas});
  Result<sqlite::Introspection> automatic = sqlite::introspect(db, {});
  REQUIRE_MESSAGE(pragmas.ok(), label << ": " << pragmas.error().message);
  REQUIRE_MESSAGE(automatic.ok(), label << ": " << automatic.error().message);
  CHECK(pragmas.value().used_pragmas);
  if (automatic.value().used_pragmas) {
    tally.fallbacks.push_back(label + ": " + automatic.value().why_pragmas);
    return false;
  }
  ++tally.read_from_ddl;
  const std::vector<std::string> diffs =
      differences(pragmas.value().schema, automatic.value().schema);
  std::string text;
  for (const std::string& d : diffs) {
    text += "\n  " + d;
  }
  CHECK_MESSAGE(diffs.empty(), label << ": the CREATE texts read differently:" << text);
  CHECK(pragmas.value().schema == automatic.value().schema);
  return true;
}

sqlite::Connection fresh_db() {
  Result<sqlite::Connection> db = sqlite::Connection::open(":memory:", sqlite::OpenMode::Create);
  REQUIRE(db.ok());
  return std::move(db.value());
}

// schemac's from-empty script for `to`: the statements of the plan from an empty schema.
std::string from_empty_script(const ir::Schema& to) {
  ir::Schema empty;
  empty.dialect = to.dialect;
  const Result<std::vector<ir::Change>> changes = ir::diff(empty, to);
  REQUIRE(changes.ok());
  const Result<backends::Plan> plan = sqlite::plan({empty, to, changes.value(), {}, false});
  REQUIRE(plan.ok());
  std::string script;
  for (const backends::Step& step : plan.value().steps) {
    for (const std::string& statement : step.statements) {
      script += statement + ";\n";
    }
  }
  return script;
}

// Runs `scripts` one after the other on a fresh database and compares after the last; a script
// that is missing or does not apply is listed, not compared (other tests own that). Returns
// whether the CREATE text reader was used.
bool compare_after(const std::vector<std::optional<std::string>>& scripts, const std::string& label,
                   Tally& tally) {
  sqlite::Connection db = fresh_db();
  for (const std::optional<std::string>& script : scripts) {
    if (!script) {
      tally.not_made.push_back(label + ": no script");
      return true;
    }
    if (Result<bool> ran = db.execute_script(*script); !ran) {
      tally.not_made.push_back(label + ": " + ran.error().message.substr(0, 100));
      return true;
    }
  }
  return compare_sources(db, label, tally);
}

// schemac's from-empty script for the schema at `schema_path`; nullopt when it does not lower.
std::optional<std::string> schemac_script_for(const std::string& schema_path) {
  const Lowered lowered = lower_schema_at(schema_path);
  if (!lowered.ok) {
    return std::nullopt;
  }
  return from_empty_script(lowered.schema);
}

// Prisma's from-empty script at `sql_path` for the schema at `schema_path`, its bare JSON
// defaults quoted for SQLite (corpus_support.hpp); nullopt when the file is missing.
std::optional<std::string> prisma_script_for(const std::string& sql_path,
                                             const std::string& schema_path) {
  std::string sql = slurp(sql_path);
  if (sql.empty()) {
    return std::nullopt;
  }
  if (const Lowered lowered = lower_schema_at(schema_path); lowered.ok) {
    quote_json_defaults(sql, lowered.schema);
  }
  return sql;
}

// A golden script of the case; nullopt when missing.
std::optional<std::string> golden_script(const fs::path& path) {
  std::string sql = slurp(path.string());
  return sql.empty() ? std::nullopt : std::optional<std::string>(std::move(sql));
}

std::string report(const Tally& t) {
  std::string out = std::to_string(t.databases) + " databases compared, " +
                    std::to_string(t.read_from_ddl) + " read from their CREATE texts, " +
                    std::to_string(t.fallbacks.size()) + " fell back to the pragmas, " +
                    std::to_string(t.not_made.size()) + " scripts did not apply";
  for (const std::string& f : t.fallbacks) {
    out += "\n  fallback: " + f;
  }
  for (const std::string& n : t.not_made) {
    out += "\n  not applied: " + n;
  }
  return out;
}

}  // namespace

TEST_CASE("fact sources: every golden case's databases read the same from CREATE texts") {
  Tally tally;
  const fs::path root = fs::path(SCHEMAC_SOURCE_DIR) / "tests/cases";
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (fs::exists(entry.path() / "from.prisma")) {
      cases.push_back(entry.path());
    }
  }
  std::sort(cases.begin(), cases.end());
  for (const fs::path& c : cases) {
    const std::string name = c.filename().string();
    const std::string from_schema = (c / "from.prisma").string();
    const std::string to_schema = (c / "to.prisma").string();
    const std::optional<std::string> from = schemac_script_for(from_schema);
    const std::optional<std::string> to = schemac_script_for(to_schema);
    const std::optional<std::string> up = golden_script(c / "expected.sqlite.sql");
    const std::optional<std::string> down = golden_script(c / "expected.down.sqlite.sql");
    CHECK_MESSAGE(compare_after({from}, name + " from (schemac)", tally), name);
    CHECK_MESSAGE(compare_after({to}, name + " to (schemac)", tally), name);
    CHECK_MESSAGE(compare_after({from, up}, name + " from + up", tally), name);
    CHECK_MESSAGE(compare_after({from, up, down}, name + " from + up + down", tally), name);
    CHECK_MESSAGE(
        compare_after({prisma_script_for((c / "prisma.from.sqlite.sql").string(), from_schema)},
                      name + " from (Prisma)", tally),
        name);
    CHECK_MESSAGE(
        compare_after({prisma_script_for((c / "prisma.to.sqlite.sql").string(), to_schema)},
                      name + " to (Prisma)", tally),
        name);
  }
  MESSAGE("golden cases: " << report(tally));
  CHECK(cases.size() >= 100);
  CHECK(tally.fallbacks.empty());
}

TEST_CASE("fact sources: every SQLite corpus unit reads the same from CREATE texts") {
  Tally tally;
  int units = 0;
  const std::string expected_dir = std::string(SCHEMAC_SOURCE_DIR) + "/tests/corpus/ir/expected/";
  for (const auto& row : read_tsv(expected_dir + "INDEX.tsv")) {
    // unit kind root schema provider status
    if (row.size() < 6 || row[4] != "sqlite" || row[5] != "ok") {
      continue;
    }
    ++units;
    const std::string schema =
        row[2] == "absolute"
            ? row[3]
            : std::string(row[2] == "repo" ? SCHEMAC_SOURCE_DIR : SCHEMAC_SHARED_DIR) + "/" +
                  row[3];
    const std::string id = row[1] + "/" + row[0];
    CHECK(compare_after({prisma_script_for(expected_dir + id + ".sql", schema)}, id + " (Prisma)",
                        tally));
    CHECK(compare_after({schemac_script_for(schema)}, id + " (schemac)", tally));
  }
  const fs::path cases = fs::path(SCHEMAC_SOURCE_DIR) / "tests/corpus/sqlite/cases";
  for (const auto& entry : fs::directory_iterator(cases)) {
    if (entry.path().extension() != ".prisma") {
      continue;
    }
    ++units;
    const std::string id = "sqlite-cases/" + entry.path().stem().string();
    CHECK(
        compare_after({prisma_script_for(fs::path(entry.path()).replace_extension(".sql").string(),
                                         entry.path().string())},
                      id + " (Prisma)", tally));
    CHECK(compare_after({schemac_script_for(entry.path().string())}, id + " (schemac)", tally));
  }
  MESSAGE("corpus units (" << units << "): " << report(tally));
  CHECK(units >= 19);
  CHECK(tally.fallbacks.empty());
}

TEST_CASE("fact sources: every step of the SQLite histories reads the same from CREATE texts") {
  Tally tally;
  const fs::path root = fs::path(SCHEMAC_SHARED_DIR) / "corpus" / "histories";
  for (const auto& row : read_tsv((root / "INDEX.tsv").string())) {
    // project path provider …
    if (row.size() < 3 || row[2] != "sqlite") {
      continue;
    }
    Result<std::vector<sqlite::MigrationFile>> migrations =
        sqlite::list_migrations(root / row[1] / "migrations");
    REQUIRE(migrations.ok());
    sqlite::Connection db = fresh_db();
    for (const sqlite::MigrationFile& m : migrations.value()) {
      if (Result<bool> ran = db.execute_script(slurp(m.script.string())); !ran) {
        tally.not_made.push_back(row[0] + " " + m.name + ": " + ran.error().message);
        break;
      }
      CHECK(compare_sources(db, row[0] + " after " + m.name, tally));
    }
  }
  MESSAGE("history steps: " << report(tally));
  CHECK(tally.databases >= 44);
  CHECK(tally.fallbacks.empty());
}
