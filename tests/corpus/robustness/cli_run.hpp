// Running the built schemac from a test: its exit code and everything it printed.
#pragma once

#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace schemac::test {

struct Run {
  int exit_code = -1;
  std::string output;
};

// Runs the built schemac with `args` (already shell-quoted), stderr merged into the output.
inline Run run_schemac(const std::string& args) {
  Run run;
  const std::string command = std::string(SCHEMAC_BINARY) + " " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
    run.output.append(buffer, n);
  }
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return run;
}

// A file in the temporary folder holding `text`; its path.
inline std::string write_temp(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / ("schemac-cli-test-" + name);
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

}  // namespace schemac::test
