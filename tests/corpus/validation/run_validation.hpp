// Shared by the validation corpus tests: reading the listings and running parse + validate on
// one schema unit (a file, or every .prisma file of a multi-file folder).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "support/diagnostic.hpp"
#include "support/source_manager.hpp"

namespace schemac::test {

// Rows of a tab-separated file without its header line.
[[nodiscard]] std::vector<std::vector<std::string>> read_tsv(const std::filesystem::path& path);

struct ValidationRun {
  SourceManager sources;
  Diagnostics diags;
  bool valid = false;
  // Errors in the order they were reported (Prisma's order), as "file:line".
  [[nodiscard]] std::vector<std::string> error_lines() const;
  [[nodiscard]] std::vector<std::string> error_messages() const;
};

// Parses and validates the unit at `path`; each file is named by its base name.
void run_validation(const std::filesystem::path& path, ValidationRun& run);

}  // namespace schemac::test
