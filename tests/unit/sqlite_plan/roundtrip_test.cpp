// Every SQLite diff case of tests/cases, planned through the real differ: the plan takes a
// database created for FROM to exactly the structure of one created from empty for TO
// (columns, types, NOT NULL, defaults, primary keys, AUTOINCREMENT, indexes, foreign keys).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "backends/sqlite/planner.hpp"
#include "ir/diff.hpp"
#include "tests/unit/sqlite_plan/test_support.hpp"

using namespace schemac;
using namespace schemac::test;

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// `--rename A=B`, `--rename M.a=b`, `--backfill M.f=EXPR` of a case's args file, read as
// database names (the cases map none of the names they rename). False when unreadable.
bool read_args(const std::filesystem::path& file, ir::RenameHints& renames,
               std::vector<backends::Backfill>& backfills) {
  std::istringstream in(slurp(file));
  std::string flag;
  std::string value;
  while (std::getline(in, flag) && std::getline(in, value)) {
    const auto eq = value.find('=');
    if (eq == std::string::npos) {
      return false;
    }
    const std::string left = value.substr(0, eq);
    const std::string right = value.substr(eq + 1);
    const auto dot = left.find('.');
    if (flag == "--rename" && dot == std::string::npos) {
      renames.tables.push_back({"", left, right});
    } else if (flag == "--rename") {
      renames.columns.push_back({"", left.substr(0, dot), left.substr(dot + 1), right});
    } else if (flag == "--backfill" && dot != std::string::npos) {
      backfills.push_back({{"", left.substr(0, dot)}, left.substr(dot + 1), right});
    } else {
      return false;
    }
  }
  return true;
}

// The structure of every table, one line per fact, sorted (column order is no difference:
// ADD COLUMN appends, and Prisma ignores the order too).
std::vector<std::string> structure(Db& db) {
  std::vector<std::string> out;
  for (const std::string& table :
       db.column("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                 "'sqlite_%' ORDER BY name")) {
    const std::string t = "'" + table + "'";
    for (const std::string& row :
         db.column("SELECT name || ' ' || type || ' notnull=' || \"notnull\" || ' default=' || "
                   "ifnull(dflt_value, '-') || ' pk=' || pk FROM pragma_table_info(" +
                   t + ")")) {
      out.push_back(table + " column " + row);
    }
    out.push_back(table + " autoincrement=" +
                  db.value("SELECT instr(sql, 'AUTOINCREMENT') > 0 FROM sqlite_master WHERE "
                           "name = " +
                           t));
    for (const std::string& row : db.column(
             "SELECT l.name || ' unique=' || l.\"unique\" || ' origin=' || l.origin || ' (' || "
             "(SELECT group_concat(ifnull(x.name, '?') || ' desc=' || x.desc, ', ') FROM "
             "pragma_index_xinfo(l.name) x WHERE x.key = 1) || ')' FROM pragma_index_list(" +
             t + ") l")) {
      out.push_back(table + " index " + row);
    }
    for (const std::string& row : db.column(
             "SELECT \"table\" || ' (' || group_concat(\"from\" || '->' || \"to\", ', ') || ') "
             "delete=' || on_delete || ' update=' || on_update FROM pragma_foreign_key_list(" +
             t + ") GROUP BY id")) {
      out.push_back(table + " foreign key " + row);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("sqlite plan: every diff case migrates FROM's database to TO's structure") {
  namespace fs = std::filesystem;
  const fs::path cases = fs::path(source_dir()) / "tests/cases";
  std::vector<fs::path> dirs;
  if (fs::is_directory(cases)) {
    for (const auto& entry : fs::directory_iterator(cases)) {
      if (fs::exists(entry.path() / "from.prisma") && fs::exists(entry.path() / "to.prisma")) {
        dirs.push_back(entry.path());
      }
    }
  }
  std::sort(dirs.begin(), dirs.end());
  std::size_t checked = 0;
  for (const fs::path& dir : dirs) {
    const std::string name = dir.filename().string();
    const Lowered from = lower_file((dir / "from.prisma").string());
    const Lowered to = lower_file((dir / "to.prisma").string());
    if (!from.ok || !to.ok || to.schema.dialect != ir::Dialect::Sqlite) {
      continue;
    }
    ir::RenameHints renames;
    std::vector<backends::Backfill> backfills;
    if (fs::exists(dir / "args") && !read_args(dir / "args", renames, backfills)) {
      continue;
    }
    const auto changes = ir::diff(from.schema, to.schema, renames);
    if (!changes) {
      continue;  // a hint that names a mapped model: the CLI's cases test it
    }
    const auto plan =
        backends::sqlite::plan({from.schema, to.schema, changes.value(), backfills, false});
    REQUIRE_MESSAGE(plan.ok(), name << ": " << (plan.ok() ? "" : plan.error().message));
    Db migrated;
    REQUIRE(migrated.exec("PRAGMA foreign_keys=ON") == "");
    REQUIRE(migrated.exec(script_text(plan_from_empty(from.schema))) == "");
    CHECK_MESSAGE(migrated.exec(script_text(plan.value())) == "", name);
    Db created;
    REQUIRE(created.exec(script_text(plan_from_empty(to.schema))) == "");
    const std::vector<std::string> got = structure(migrated);
    const std::vector<std::string> want = structure(created);
    std::string difference;
    for (const std::string& line : want) {
      if (!std::binary_search(got.begin(), got.end(), line)) {
        difference += "\n  missing: " + line;
      }
    }
    for (const std::string& line : got) {
      if (!std::binary_search(want.begin(), want.end(), line)) {
        difference += "\n  extra:   " + line;
      }
    }
    CHECK_MESSAGE(difference.empty(), name << difference);
    CHECK_MESSAGE(migrated.value("PRAGMA foreign_keys") == "1", name);
    ++checked;
  }
  std::printf("sqlite plan round trips: %zu diff cases of tests/cases\n", checked);
  CHECK(checked >= 60);
}
