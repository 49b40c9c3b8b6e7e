// Property tests: random SQL-like text never crashes the tokenizer, the default reader or script
// execution, and every failure is one line. SCHEMAC_SEED=n reproduces a run.
#include <cstdlib>
#include <random>
#include <string>

#include <doctest/doctest.h>

#include "backends/sqlite/introspect.hpp"
#include "backends/sqlite/introspect_defaults.hpp"
#include "backends/sqlite/introspect_tokens.hpp"
#include "tests/unit/sqlite/sqlite_fixture.hpp"

using namespace schemac;
using namespace schemac::backends::sqlite;

namespace {

unsigned seed() {
  const char* env = std::getenv("SCHEMAC_SEED");
  return env != nullptr ? static_cast<unsigned>(std::strtoul(env, nullptr, 10))
                        : std::random_device{}();
}

// Text made of SQL's pieces: quotes, brackets, comment starts, keywords, semicolons.
std::string random_sql(std::mt19937& rng) {
  static constexpr const char* pieces[] = {"'",
                                           "\"",
                                           "`",
                                           "[",
                                           "]",
                                           "(",
                                           ")",
                                           ";",
                                           ",",
                                           "--",
                                           "/*",
                                           "*/",
                                           "\n",
                                           " ",
                                           "x",
                                           "1",
                                           "-",
                                           ".5e-",
                                           "X'",
                                           "CREATE",
                                           "TABLE",
                                           "t",
                                           "INTEGER",
                                           "REFERENCES",
                                           "WHERE",
                                           "CONSTRAINT",
                                           "BEGIN",
                                           "END",
                                           "COMMIT",
                                           "TRIGGER",
                                           "PRAGMA",
                                           "foreign_keys",
                                           "=",
                                           "OFF",
                                           "INSERT INTO t",
                                           "VALUES",
                                           "DEFAULT",
                                           "ü",
                                           "\xff",
                                           "AUTOINCREMENT"};
  std::uniform_int_distribution<int> len(0, 40);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
  std::string out;
  for (int i = len(rng); i > 0; --i) {
    out += pieces[pick(rng)];
  }
  return out;
}

}  // namespace

TEST_CASE("robustness: random text through the tokenizer and the default reader") {
  const unsigned s = seed();
  INFO("SCHEMAC_SEED=" << s);
  std::mt19937 rng(s);
  for (int i = 0; i < 3000; ++i) {
    const std::string sql = random_sql(rng);
    CAPTURE(sql);
    std::size_t last_end = 0;
    for (const Token& tok : tokenize(sql)) {
      REQUIRE(tok.begin >= last_end);
      REQUIRE(tok.end > tok.begin);
      REQUIRE(tok.end <= sql.size());
      last_end = tok.end;
      CHECK(token_value(sql, tok).size() <= sql.size());
    }
    CHECK(partial_index_predicate(sql).size() <= sql.size());
    (void)foreign_key_names(sql);
    (void)declares_autoincrement(sql);
    CHECK(skip_space_and_comments(sql, 0) <= sql.size());
    for (const ir::TypeFamily f : {ir::TypeFamily::String, ir::TypeFamily::Int,
                                   ir::TypeFamily::Boolean, ir::TypeFamily::Json}) {
      (void)column_default(sql, f);
    }
  }
}

TEST_CASE("robustness: random scripts fail in one line and leave the database as it was") {
  const unsigned s = seed();
  INFO("SCHEMAC_SEED=" << s);
  std::mt19937 rng(s);
  Connection db = test::memory_db("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1);");
  for (int i = 0; i < 500; ++i) {
    const std::string sql = random_sql(rng);
    CAPTURE(sql);
    const Result<bool> ran = db.execute_script(sql);
    if (!ran.ok()) {
      CHECK(ran.error().message.find('\n') == std::string::npos);
    }
    // Whatever happened, no transaction is left open and the schema still reads.
    REQUIRE(test::value_of(db, "SELECT 1") == "1");
    if (test::value_of(db, "PRAGMA foreign_keys") == "1") {
      REQUIRE(db.execute_script("PRAGMA foreign_keys=OFF;").ok());
    }
    REQUIRE(introspect(db).ok());
  }
}
