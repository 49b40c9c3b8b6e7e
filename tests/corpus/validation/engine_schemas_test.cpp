// schemac's validator against Prisma 6.19 on the query engine's test schemas
// (../shared/corpus/prisma-engines-schemas, PostgreSQL, SQLite and no datasource): the same
// number of errors and warnings as Prisma's lint (INDEX.tsv columns errors, warnings); e.g.
// odoo.prisma is valid with 20 SetNull warnings, noalyss_folder.prisma has 30 type errors.
#include <filesystem>
#include <string>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "run_validation.hpp"

namespace fs = std::filesystem;
using namespace schemac;

TEST_CASE("validation: query engine schemas get Prisma's error and warning counts") {
  const fs::path dir = fs::path(SCHEMAC_SHARED_DIR) / "corpus/prisma-engines-schemas";
  int checked = 0;
  for (const auto& row : test::read_tsv(dir / "INDEX.tsv")) {
    const std::string& provider = row.at(2);
    if (provider != "postgresql" && provider != "sqlite" && provider != "none") {
      continue;
    }
    CAPTURE(row.at(0));
    test::ValidationRun run;
    test::run_validation(dir / row.at(0), run);
    CHECK(run.diags.error_count() == std::stoul(row.at(4)));
    CHECK(run.diags.warning_count() == std::stoul(row.at(5)));
    ++checked;
  }
  CHECK(checked == 16);
}
