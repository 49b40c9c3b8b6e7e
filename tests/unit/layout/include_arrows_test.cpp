// The dependency arrows of STYLE.md §2, checked on the source: every folder includes only what
// it may, and the third-party headers stay in the one folder that owns them.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Arrow {
  std::string folder;                 // a top-level folder, or frontend/parse etc.
  std::vector<std::string> may_include;  // project folders it may include from
};

// Most specific first: the first folder that prefixes a file's path decides.
const std::vector<Arrow>& arrows() {
  static const std::vector<Arrow> table = {
      {"support/", {"support/"}},
      {"grammar/", {"grammar/"}},
      {"ir/", {"ir/", "support/"}},
      {"lint/", {"lint/", "ir/", "support/"}},
      {"backends/sqlite/", {"backends/sqlite/", "backends/backend.hpp", "backends/plan.hpp", "lint/", "ir/", "support/"}},
      {"backends/postgres/", {"backends/postgres/", "backends/backend.hpp", "backends/plan.hpp", "lint/", "ir/", "support/"}},
      {"backends/", {"backends/", "lint/", "ir/", "support/"}},
      {"frontend/parse/", {"frontend/", "grammar/", "ir/", "support/"}},
      {"frontend/", {"frontend/", "ir/", "support/"}},
      {"tools/", {"tools/", "frontend/", "ir/", "support/", "backends/", "lint/"}},
  };
  return table;
}

// Third-party headers and the only folders allowed to see them.
const std::vector<std::pair<std::string, std::vector<std::string>>>& owned_headers() {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> table = {
      {"tao/pegtl", {"grammar/", "frontend/parse/"}},
      {"CLI/", {"tools/"}},
      {"sqlite3.h", {"backends/sqlite/"}},
      {"libpq-fe.h", {"backends/postgres/"}},
  };
  return table;
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

TEST_CASE("layout: every #include follows the dependency arrows of STYLE.md") {
  const fs::path root(SCHEMAC_SOURCE_DIR);
  const std::regex include_line(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
  std::size_t files = 0;
  for (const char* top : {"support", "grammar", "ir", "frontend", "tools", "backends", "lint"}) {
    if (!fs::exists(root / top)) {
      continue;
    }
    for (const auto& entry : fs::recursive_directory_iterator(root / top)) {
      const std::string ext = entry.path().extension().string();
      if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) {
        continue;
      }
      ++files;
      const std::string rel = fs::relative(entry.path(), root).generic_string();
      const Arrow* arrow = nullptr;
      for (const Arrow& a : arrows()) {
        if (starts_with(rel, a.folder)) {
          arrow = &a;
          break;
        }
      }
      std::ifstream in(entry.path());
      std::string line;
      while (std::getline(in, line)) {
        std::smatch m;
        if (!std::regex_search(line, m, include_line)) {
          continue;
        }
        const std::string header = m[1];
        for (const auto& [prefix, owners] : owned_headers()) {
          if (starts_with(header, prefix)) {
            bool allowed = false;
            for (const std::string& owner : owners) {
              allowed = allowed || starts_with(rel, owner);
            }
            CHECK_MESSAGE(allowed, rel, " includes <", header, ">, which only ", owners[0],
                          " may see");
          }
        }
        const bool project_header = header.find('/') != std::string::npos &&
                                    fs::exists(root / header);
        if (arrow != nullptr && project_header) {
          bool allowed = false;
          for (const std::string& folder : arrow->may_include) {
            allowed = allowed || starts_with(header, folder);
          }
          CHECK_MESSAGE(allowed, rel, " includes \"", header, "\" against the arrows of STYLE.md §2");
        }
      }
    }
  }
  CHECK(files > 20);
}
