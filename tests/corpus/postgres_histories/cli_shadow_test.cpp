// `schemac diff --from migrations:DIR --shadow-database URL` on PostgreSQL: the scratch database
// is made and dropped whatever happens, errors are one line without the password, and a server
// that refuses CREATE DATABASE gets a scratch schema instead.
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include <doctest/doctest.h>

#include "tests/corpus/robustness/cli_run.hpp"
#include "tests/postgres/scratch_database.hpp"

using namespace schemac;
using schemac::test::ScratchDatabase;
namespace fs = std::filesystem;

namespace {

constexpr const char* kLock = "provider = \"postgresql\"\n";

constexpr const char* kSchema = R"(datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  posts Post[]
}

model Post {
  id       Int  @id @default(autoincrement())
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
)";

constexpr const char* kInit = R"(-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
)";

constexpr const char* kPosts = R"(-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "authorId" INTEGER NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
)";

// A migrations folder and a schema in a temporary folder of their own, removed afterwards.
class Project {
 public:
  Project() {
    static int counter = 0;
    dir_ = fs::temp_directory_path() /
           ("schemac-pg-shadow-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(dir_ / "migrations");
    write("migrations/migration_lock.toml", kLock);
    write("schema.prisma", kSchema);
  }

  ~Project() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  Project(const Project&) = delete;
  Project& operator=(const Project&) = delete;

  void migration(const std::string& name, const std::string& sql) {
    fs::create_directories(dir_ / "migrations" / name);
    write("migrations/" + name + "/migration.sql", sql);
  }

  void write(const std::string& path, const std::string& text) {
    std::ofstream(dir_ / path, std::ios::binary) << text;
  }

  [[nodiscard]] std::string diff(const std::string& shadow_option) const {
    return "diff --from 'migrations:" + (dir_ / "migrations").string() + "' --to '" +
           (dir_ / "schema.prisma").string() + "' --exit-code --summary " + shadow_option;
  }

 private:
  fs::path dir_;
};

// The scratch databases and schemas schemac left on the cluster: none, ever.
int leftovers() {
  auto admin = ScratchDatabase::connect(test::cluster_url());
  auto rows = admin.query(
      "SELECT (SELECT count(*) FROM pg_database WHERE datname LIKE 'schemac_shadow_%') + "
      "(SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'schemac_shadow_%')");
  REQUIRE(rows.ok());
  return std::stoi(*rows.value().values.at(0).at(0));
}

bool one_line(const std::string& output) {
  return output.find('\n') == output.size() - 1;
}

}  // namespace

TEST_CASE("schemac diff: a postgresql migrations folder replays on the shadow database") {
  Project p;
  p.migration("20240101000000_init", kInit);
  p.migration("20240102000000_posts", kPosts);
  const int before = leftovers();
  const test::Run run =
      test::run_schemac(p.diff("--shadow-database '" + test::cluster_url() + "'"));
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(leftovers() == before);

  SUBCASE("a difference exits 2 and names it") {
    p.write("schema.prisma", std::string(kSchema) + "\nmodel Tag {\n  id Int @id\n}\n");
    const test::Run diff =
        test::run_schemac(p.diff("--shadow-database '" + test::cluster_url() + "'"));
    INFO(diff.output);
    CHECK(diff.exit_code == 2);
    CHECK(diff.output.find("\"Tag\"") != std::string::npos);
  }
}

TEST_CASE("schemac diff: a postgresql migrations folder without a shadow database is an error") {
  Project p;
  p.migration("20240101000000_init", kInit);
  const test::Run run = test::run_schemac(p.diff(""));
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(run.output.rfind("schemac: error: ", 0) == 0);
  CHECK(run.output.find("--shadow-database") != std::string::npos);
  CHECK(one_line(run.output));
}

TEST_CASE("schemac diff: an unreachable shadow database is one line without its password") {
  Project p;
  p.migration("20240101000000_init", kInit);
  // Port 1 on loopback: nothing listens there, the connection is refused at once.
  const test::Run run =
      test::run_schemac(p.diff("--shadow-database 'postgresql://app:s3cret-pw@127.0.0.1:1/db'"));
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(run.output.rfind("schemac: error: ", 0) == 0);
  CHECK(run.output.find("s3cret-pw") == std::string::npos);
  CHECK(run.output.find("127.0.0.1:1") != std::string::npos);
  CHECK(one_line(run.output));
}

TEST_CASE("schemac diff: a failing migration is named, and the shadow database still dropped") {
  Project p;
  p.migration("20240101000000_init", kInit);
  p.migration("20240102000000_broken", "ALTER TABLE \"Nope\" ADD COLUMN \"x\" INTEGER;\n");
  const int before = leftovers();
  const test::Run run =
      test::run_schemac(p.diff("--shadow-database '" + test::cluster_url() + "'"));
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("20240102000000_broken") != std::string::npos);
  CHECK(run.output.find("\"Nope\" does not exist") != std::string::npos);
  CHECK(leftovers() == before);
}

TEST_CASE("schemac diff: without CREATE DATABASE the replay uses a scratch schema, then drops it") {
  ScratchDatabase db;
  auto conn = db.connect_here();
  const std::string role = "schemac_nocreatedb_" + std::to_string(::getpid());
  REQUIRE(conn.execute_script("DROP ROLE IF EXISTS \"" + role + "\"; CREATE ROLE \"" + role +
                              "\" LOGIN NOCREATEDB; GRANT CREATE ON DATABASE \"" +
                              db.url().substr(db.url().rfind('/') + 1) + "\" TO \"" + role + "\"")
              .ok());
  const std::string base = db.url();
  const std::string url = "postgresql://" + role + "@" + base.substr(base.find('@') + 1);
  Project p;
  p.migration("20240101000000_init", kInit);
  p.migration("20240102000000_posts", kPosts);
  const test::Run run = test::run_schemac(p.diff("--shadow-database '" + url + "'"));
  INFO(run.output);
  CHECK(run.exit_code == 0);
  auto rows = conn.query("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'schemac_shadow_%'");
  REQUIRE(rows.ok());
  CHECK(*rows.value().values.at(0).at(0) == "0");
  auto tables = conn.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
  REQUIRE(tables.ok());
  CHECK(*tables.value().values.at(0).at(0) == "0");
  // The role owns nothing any more (the scratch schema is gone): it can be dropped.
  CHECK(conn.execute_script("REVOKE CREATE ON DATABASE \"" + base.substr(base.rfind('/') + 1) +
                            "\" FROM \"" + role + "\"; DROP ROLE \"" + role + "\"")
            .ok());
}
