// Helpers of the PostgreSQL planner tests (see plan_support.hpp).
#include "tests/unit/postgres_plan/plan_support.hpp"

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <doctest/doctest.h>

#include "backends/postgres/planner.hpp"
#include "ir/diff.hpp"
#include "tests/corpus/ir/pipeline.hpp"

namespace schemac::test {

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (line.find_first_not_of(" \t") != std::string::npos) {
      out.push_back(line);
    }
  }
  return out;
}

}  // namespace

ir::Schema lower_postgres(const std::string& models) {
  static std::atomic<int> counter{0};
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("schemac_pg_plan_" + std::to_string(::getpid()) +
                                                "_" + std::to_string(counter++) + ".prisma");
  {
    std::ofstream out(path);
    if (models.find("datasource") == std::string::npos) {
      out << "datasource db {\n  provider = \"postgresql\"\n}\n\n";
    }
    out << models;
  }
  const PipelineResult lowered = lower_schema_at(path.string());
  std::filesystem::remove(path);
  INFO(lowered.error);
  REQUIRE(lowered.ok);
  return lowered.lowered.schema;
}

ir::Schema empty_postgres() {
  ir::Schema s;
  s.dialect = ir::Dialect::Postgres;
  return s;
}

backends::Plan plan_between(const ir::Schema& from, const ir::Schema& to,
                            const PlanOptions& options) {
  auto changes = ir::diff(from, to, options.renames);
  INFO((changes.ok() ? std::string() : changes.error().message));
  REQUIRE(changes.ok());
  auto plan = backends::postgres::plan(
      backends::PlanInput{from, to, changes.value(), options.backfills, options.online});
  INFO((plan.ok() ? std::string() : plan.error().message));
  REQUIRE(plan.ok());
  return plan.value();
}

std::vector<std::string> statements(const backends::Plan& plan) {
  std::vector<std::string> out;
  for (const backends::Placement placement :
       {backends::Placement::BeforeTransaction, backends::Placement::InTransaction,
        backends::Placement::AfterTransaction}) {
    for (const backends::Step& step : plan.steps) {
      if (step.placement == placement) {
        for (const std::string& s : step.statements) {
          out.push_back(s + ";");
        }
      }
    }
  }
  return out;
}

std::vector<std::string> statement_lines(const backends::Plan& plan) {
  std::vector<std::string> out;
  for (const std::string& s : statements(plan)) {
    for (std::string& line : lines_of(s)) {
      out.push_back(std::move(line));
    }
  }
  return out;
}

std::vector<std::string> prisma_statement_lines(const std::string& script) {
  std::vector<std::string> out;
  for (std::string& line : lines_of(script)) {
    if (line.rfind("--", 0) == 0 || line == "BEGIN;" || line == "COMMIT;") {
      continue;
    }
    out.push_back(std::move(line));
  }
  return out;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace schemac::test
