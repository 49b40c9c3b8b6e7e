// Schema sources from disk to syntax trees, and diagnostics to stderr.
#include "tools/load_schema.hpp"

#include <cstdio>

#include "frontend/parse/parse.hpp"
#include "support/read_file.hpp"
#include "support/render.hpp"

namespace schemac::tools {

Result<std::unique_ptr<LoadedSchema>> load_schema(const std::string& path) {
  auto paths = list_schema_files(path);
  if (!paths) {
    return paths.error();
  }
  auto loaded = std::make_unique<LoadedSchema>();
  for (const std::string& file : paths.value()) {
    auto text = read_file(file);
    if (!text) {
      return text.error();
    }
    loaded->files.push_back(loaded->sources.add(file, std::move(text.value())));
  }
  loaded->ast = frontend::parse_schema(loaded->sources, loaded->files, loaded->diagnostics);
  return loaded;
}

void print_error(const Error& error) {
  const std::string line = "schemac: error: " + error.message + "\n";
  std::fwrite(line.data(), 1, line.size(), stderr);
}

void print_diagnostics(const Diagnostics& diagnostics, const SourceManager& sources) {
  for (const Diagnostic& d : diagnostics.sorted()) {
    const std::string text = render(d, sources);
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
}

}  // namespace schemac::tools
