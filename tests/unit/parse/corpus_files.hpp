// Test helper: the .prisma files of the shared corpus, and reading them.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace schemac::frontend::test {

[[nodiscard]] inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Every .prisma file below `SCHEMAC_SHARED_DIR/corpus/<sub>`, sorted for a stable order.
[[nodiscard]] inline std::vector<std::filesystem::path> corpus_files(const std::string& sub = "") {
  std::vector<std::filesystem::path> out;
  const std::filesystem::path root = std::filesystem::path(SCHEMAC_SHARED_DIR) / "corpus" / sub;
  if (!std::filesystem::exists(root)) {
    return out;
  }
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".prisma") {
      out.push_back(entry.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace schemac::frontend::test
