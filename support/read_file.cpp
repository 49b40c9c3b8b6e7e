// File system access for schema sources.
#include "support/read_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace schemac {

Result<std::string> read_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Error{fmt::format("cannot read `{}`: it is a folder", path)};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error{fmt::format("cannot read `{}`: {}", path, std::strerror(errno))};
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Result<std::vector<std::string>> list_schema_files(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    return Error{fmt::format("cannot read `{}`: no such file or folder", path)};
  }
  if (!fs::is_directory(status)) {
    return std::vector<std::string>{path};
  }
  std::vector<std::string> files;
  for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".prisma") {
      files.push_back(it->path().string());
    }
  }
  if (ec) {
    return Error{fmt::format("cannot read folder `{}`: {}", path, ec.message())};
  }
  if (files.empty()) {
    return Error{fmt::format("no .prisma files found in folder `{}`", path)};
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace schemac
