// Reading source files and folders of .prisma files from disk.
#pragma once

#include <string>
#include <vector>

#include "support/result.hpp"

namespace schemac {

// The whole file as bytes; an Error naming the path when it cannot be read.
[[nodiscard]] Result<std::string> read_file(const std::string& path);

// The .prisma files of a schema source: the file itself, or every *.prisma below a folder
// (recursively, sorted by path so output is stable). Error when nothing is found.
[[nodiscard]] Result<std::vector<std::string>> list_schema_files(const std::string& path);

}  // namespace schemac
