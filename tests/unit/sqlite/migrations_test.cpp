// Tests for backends/sqlite/migrations.cpp: listing, applying and replaying a migrations folder.
#include "backends/sqlite/migrations.hpp"

#include <fstream>

#include <doctest/doctest.h>

#include "tests/unit/sqlite/sqlite_fixture.hpp"

using namespace schemac;
using namespace schemac::backends::sqlite;
using schemac::test::TempDir;
using schemac::test::value_of;

namespace {

void write(const std::filesystem::path& path, std::string_view text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::vector<std::string> names(const std::vector<MigrationFile>& files) {
  std::vector<std::string> out;
  for (const MigrationFile& f : files) {
    out.push_back(f.name);
  }
  return out;
}

}  // namespace

TEST_CASE("migrations: listed by whole folder name in byte order, as Prisma applies them") {
  TempDir dir;
  // Names from ../shared/corpus: umami's `01_init`, webstudio's hyphens, typebot's empty name
  // part, langfuse's ` copy` and `.sql` suffixes, timestamps of several lengths.
  for (const char* name : {"20231108111118_", "01_init", "20231108111118_a", "202310311254_x",
                           "20250517273700_add_index copy", "20240101000000_x.sql",
                           "20240101000000_deleted-project", "Zebra", "alpha"}) {
    write(dir.path / name / "migration.sql", "SELECT 1;\n");
  }
  write(dir.path / "migration_lock.toml", "provider = \"sqlite\"\n");
  write(dir.path / "README.md", "not a migration\n");
  write(dir.path / "20240202000000_data_only" / "migration.ts", "// no migration.sql here\n");
  std::filesystem::create_directories(dir.path / "20240303000000_empty_folder");
  const Result<std::vector<MigrationFile>> listed = list_migrations(dir.path);
  REQUIRE(listed.ok());
  CHECK(names(listed.value()) ==
        std::vector<std::string>{"01_init", "202310311254_x", "20231108111118_", "20231108111118_a",
                                 "20240101000000_deleted-project", "20240101000000_x.sql",
                                 "20250517273700_add_index copy", "Zebra", "alpha"});
  CHECK(listed.value().front().script == dir.path / "01_init" / "migration.sql");
}

TEST_CASE("migrations: a folder that cannot be read is one clear error") {
  TempDir dir;
  const Result<std::vector<MigrationFile>> missing = list_migrations(dir.path / "nope");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message ==
        "cannot read migrations folder `" + (dir.path / "nope").string() + "`: no such folder");
  write(dir.path / "file.sql", "SELECT 1;");
  const Result<ir::Schema> file = replay_migrations(dir.path / "file.sql");
  REQUIRE_FALSE(file.ok());
  CHECK(file.error().message.find("not a folder") != std::string::npos);
}

TEST_CASE("migrations: applied in order; the error names the migration that failed") {
  TempDir dir;
  write(dir.path / "2_add_column" / "migration.sql",
        "-- AlterTable\nALTER TABLE \"User\" ADD COLUMN \"name\" TEXT;\n");
  write(dir.path / "1_init" / "migration.sql",
        "-- CreateTable\nCREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY);\n");
  SUBCASE("replayed into memory and introspected") {
    const Result<ir::Schema> s = replay_migrations(dir.path);
    REQUIRE(s.ok());
    REQUIRE(s.value().tables.size() == 1);
    CHECK(s.value().tables[0].columns.size() == 2);
  }
  SUBCASE("a failing migration: the earlier ones stay, the failing one leaves nothing") {
    write(
        dir.path / "3_broken" / "migration.sql",
        "CREATE TABLE \"Post\" (\"id\" INTEGER);\n\nALTER TABLE \"Nope\" ADD COLUMN \"x\" TEXT;\n");
    Connection db = schemac::test::memory_db("");
    const Result<bool> applied = apply_migrations(db, dir.path);
    REQUIRE_FALSE(applied.ok());
    CHECK(applied.error().message ==
          "migration `3_broken` failed: statement at line 3 failed: no such table: Nope "
          "(`ALTER TABLE \"Nope\" ADD COLUMN \"x\" TEXT;`)");
    CHECK(value_of(db, "SELECT group_concat(name) FROM pragma_table_info('User')") == "id,name");
    CHECK(value_of(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'Post'") == "0");
    const Result<ir::Schema> replayed = replay_migrations(dir.path);
    REQUIRE_FALSE(replayed.ok());
    CHECK(replayed.error().message.find("migration `3_broken` failed") == 0);
  }
}
