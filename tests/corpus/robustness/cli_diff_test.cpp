// `schemac diff` as a user meets it: sources that cannot be read, bad hints, exit codes, files.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "tests/corpus/robustness/cli_run.hpp"

using schemac::test::run_schemac;
using schemac::test::Run;
using schemac::test::write_temp;

namespace {

const std::string kExample = std::string(SCHEMAC_SOURCE_DIR) + "/examples/blog/schema.prisma";
const std::string kMigrations = std::string(SCHEMAC_SOURCE_DIR) + "/examples/blog/migrations";

const char* const kUserV1 = R"(datasource db {
  provider = "sqlite"
}

model User {
  id   Int    @id @default(autoincrement())
  name String
}
)";

const char* const kUserV2 = R"(datasource db {
  provider = "sqlite"
}

model User {
  id       Int     @id @default(autoincrement())
  fullName String
  age      Int?
}
)";

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every line of an error run is one `schemac: error: …` line: nothing else, no stack dump.
void check_one_error_line(const Run& run) {
  CHECK(run.exit_code == 1);
  CHECK(run.output.rfind("schemac: error: ", 0) == 0);
  CHECK(run.output.find('\n') == run.output.size() - 1);
}

}  // namespace

TEST_CASE("cli diff: sources that cannot be read give one clear line and exit 1") {
  SUBCASE("a schema file that does not exist") {
    check_one_error_line(run_schemac("diff --from empty --to /nonexistent/schema.prisma"));
  }
  SUBCASE("a SQLite database that does not exist") {
    const Run run = run_schemac("diff --from sqlite:/nonexistent/dev.db --to " + kExample);
    check_one_error_line(run);
    CHECK(run.output.find("/nonexistent/dev.db") != std::string::npos);
  }
  SUBCASE("a file that is not a SQLite database") {
    const std::string junk = write_temp("not-a-db.db", std::string(4096, 'x'));
    check_one_error_line(run_schemac("diff --from sqlite:" + junk + " --to " + kExample));
  }
  SUBCASE("a migrations folder that does not exist") {
    check_one_error_line(run_schemac("diff --from migrations:/nonexistent --to " + kExample));
  }
  SUBCASE("a migration that fails names the migration") {
    const auto dir = std::filesystem::temp_directory_path() / "schemac-cli-test-bad-migrations";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "20260101000000_broken");
    std::ofstream(dir / "20260101000000_broken" / "migration.sql") << "CREATE TABLE oops (;\n";
    const Run run = run_schemac("diff --from migrations:" + dir.string() + " --to " + kExample);
    check_one_error_line(run);
    CHECK(run.output.find("20260101000000_broken") != std::string::npos);
  }
}

TEST_CASE("cli diff: an invalid schema prints its diagnostics, then fails") {
  const std::string path = write_temp("diff-invalid.prisma",
                                      "datasource db {\n  provider = \"sqlite\"\n}\n"
                                      "model A {\n  id Intt @id\n}\n");
  const Run run = run_schemac("diff --from empty --to " + path);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find(path + ":5:6: error:") != std::string::npos);
  CHECK(run.output.find("schemac: error: " + path + " is invalid") != std::string::npos);
}

TEST_CASE("cli diff: --exit-code says whether there is a difference") {
  const std::string v1 = write_temp("exit-v1.prisma", kUserV1);
  const std::string v2 = write_temp("exit-v2.prisma", kUserV2);
  CHECK(run_schemac("diff --from " + v1 + " --to " + v1 + " --exit-code").exit_code == 0);
  CHECK(run_schemac("diff --from " + v1 + " --to " + v2 + " --exit-code").exit_code == 2);
  CHECK(run_schemac("diff --from " + v1 + " --to " + v2).exit_code == 0);
  const Run same = run_schemac("diff --from " + v1 + " --to " + v1);
  CHECK(same.output.find("This is an empty migration.") != std::string::npos);
}

TEST_CASE("cli diff: a rename hint renames, and names that do not exist are refused") {
  const std::string v1 = write_temp("rename-v1.prisma", kUserV1);
  const std::string v2 = write_temp("rename-v2.prisma", kUserV2);
  const Run renamed = run_schemac("diff --from " + v1 + " --to " + v2 + " --rename User.name=fullName");
  CHECK(renamed.exit_code == 0);
  CHECK(renamed.output.find("ALTER TABLE \"User\" RENAME COLUMN \"name\" TO \"fullName\";") !=
        std::string::npos);
  CHECK(renamed.output.find("DROP") == std::string::npos);

  // Without the hint the same change is a drop and an add, and the script says so.
  const Run guessed = run_schemac("diff --from " + v1 + " --to " + v2 + " --summary");
  CHECK(guessed.output.find("H202") != std::string::npos);
  CHECK(guessed.output.find("RenameColumn") == std::string::npos);

  check_one_error_line(run_schemac("diff --from " + v1 + " --to " + v2 + " --rename User.nmae=fullName"));
  check_one_error_line(run_schemac("diff --from " + v1 + " --to " + v2 + " --rename Usr=User"));
  check_one_error_line(run_schemac("diff --from " + v1 + " --to " + v2 + " --rename nonsense"));
}

TEST_CASE("cli diff: a backfill must name a column the migration adds or makes required") {
  const std::string v1 = write_temp("backfill-v1.prisma", kUserV1);
  const std::string v2 = write_temp("backfill-v2.prisma", kUserV2);
  check_one_error_line(run_schemac("diff --from " + v1 + " --to " + v2 + " --backfill User.age=1"));
  check_one_error_line(run_schemac("diff --from " + v1 + " --to " + v2 + " --backfill Nope.age=1"));
  const Run ok = run_schemac("diff --from " + v1 + " --to " + v2 +
                             " --rename User.name=fullName --backfill \"User.fullName='x'\"");
  // fullName is renamed, not added: nothing to backfill, and the user is told so.
  check_one_error_line(ok);
}

TEST_CASE("cli diff: -o and --down write the script and its reverse") {
  const auto dir = std::filesystem::temp_directory_path();
  const std::string up = (dir / "schemac-cli-test-up.sql").string();
  const std::string down = (dir / "schemac-cli-test-down.sql").string();
  std::filesystem::remove(up);
  std::filesystem::remove(down);
  const Run run = run_schemac("diff --from migrations:" + kMigrations + " --to " + kExample +
                              " --rename Comment.body=text --backfill \"Profile.bio=''\" -o " +
                              up + " --down " + down);
  REQUIRE(run.exit_code == 0);
  CHECK(run.output.empty());
  const std::string up_sql = read(up);
  const std::string down_sql = read(down);
  CHECK(up_sql.find("RENAME COLUMN \"body\" TO \"text\"") != std::string::npos);
  CHECK(up_sql.find("COALESCE(\"bio\", '')") != std::string::npos);
  CHECK(down_sql.find("reverse migration script") != std::string::npos);
  CHECK(down_sql.find("RENAME COLUMN \"text\" TO \"body\"") != std::string::npos);
  CHECK(down_sql.find("DESTRUCTIVE") != std::string::npos);  // the reverse drops the new columns
}

TEST_CASE("cli diff: --json is JSON with every change's risk codes") {
  const std::string v1 = write_temp("json-v1.prisma", kUserV1);
  const std::string v2 = write_temp("json-v2.prisma", kUserV2);
  const Run run = run_schemac("diff --from " + v1 + " --to " + v2 + " --json");
  REQUIRE(run.exit_code == 0);
  const auto j = nlohmann::json::parse(run.output);
  CHECK(j["dialect"] == "sqlite");
  REQUIRE(j["changes"].size() == 3);  // add fullName, add age, drop name
  for (const auto& change : j["changes"]) {
    CHECK(!change["risks"].empty());
    CHECK(change["risks"][0]["code"].get<std::string>().size() == 4);
  }
  CHECK(!j["plan"]["steps"].empty());
}

TEST_CASE("cli diff: a database and a schema of different dialects are refused") {
  const std::string pg = write_temp("pg.prisma",
                                    "datasource db {\n  provider = \"postgresql\"\n}\n"
                                    "model A {\n  id Int @id\n}\n");
  const std::string lite = write_temp("lite.prisma", kUserV1);
  check_one_error_line(run_schemac("diff --from " + lite + " --to " + pg));
}
