// The command line on bad input: exit 0 or 1 (never a crash), errors with file:line:col.
#include <doctest/doctest.h>

#include <string>

#include "tests/corpus/robustness/cli_run.hpp"

using schemac::test::run_schemac;
using schemac::test::Run;
using schemac::test::write_temp;

TEST_CASE("cli: a valid schema exits 0") {
  const Run run = run_schemac(std::string("validate ") + SCHEMAC_SOURCE_DIR +
                              "/examples/blog/schema.prisma");
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("is valid") != std::string::npos);
}

TEST_CASE("cli: an invalid schema exits 1 with file:line:col and a caret") {
  const std::string path = write_temp("invalid.prisma", "model A {\n  id Intt @id\n}\n");
  const Run run = run_schemac("validate " + path);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find(path + ":2:6: error:") != std::string::npos);
  CHECK(run.output.find("^~~~") != std::string::npos);
}

TEST_CASE("cli: junk bytes exit 1, never crash") {
  std::string junk;
  for (int i = 0; i < 2000; ++i) {
    junk.push_back(static_cast<char>((i * 7919) % 256));
  }
  const std::string path = write_temp("junk.prisma", junk);
  for (const char* command : {"validate ", "format --check ", "ir "}) {
    const Run run = run_schemac(command + path);
    CHECK_MESSAGE(run.exit_code == 1, command, run.output);
  }
}

TEST_CASE("cli: a missing file is one clear line and exit 1") {
  const Run run = run_schemac("validate /nonexistent/schema.prisma");
  CHECK(run.exit_code == 1);
  CHECK(run.output == "schemac: error: cannot read `/nonexistent/schema.prisma`: no such file or folder\n");
}

TEST_CASE("cli: format --check exits 0 on a formatted schema and 1 on an unformatted one") {
  const Run clean = run_schemac(std::string("format --check ") + SCHEMAC_SOURCE_DIR +
                                "/examples/blog/schema.prisma");
  CHECK(clean.exit_code == 0);
  const std::string path = write_temp("unformatted.prisma", "model A {\nid Int @id\n}\n");
  const Run dirty = run_schemac("format --check " + path);
  CHECK(dirty.exit_code == 1);
  CHECK(dirty.output.find("is not formatted") != std::string::npos);
}
