// `schemac format`: Prisma's canonical layout, written back in place (or checked).
#include <fmt/format.h>

#include <cstdio>
#include <fstream>

#include "frontend/format/format.hpp"
#include "tools/commands.hpp"
#include "tools/load_schema.hpp"

namespace schemac::tools {
namespace {

// Writes through a temporary file and a rename, so an interrupted run never leaves a
// half-written schema behind.
bool write_file_atomically(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".schemac-tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out || !out.write(text.data(), static_cast<std::streamsize>(text.size())) || !out.flush()) {
      std::remove(tmp.c_str());
      return false;
    }
  }
  return std::rename(tmp.c_str(), path.c_str()) == 0;
}

}  // namespace

int run_format(const std::vector<std::string>& paths, bool check) {
  int status = kExitOk;
  for (const std::string& path : paths) {
    auto loaded = load_schema(path);
    if (!loaded) {
      print_error(loaded.error());
      status = kExitError;
      continue;
    }
    const LoadedSchema& schema = *loaded.value();
    for (const frontend::FormattedFile& formatted :
         frontend::format_schema(schema.sources, schema.ast)) {
      const std::string name(schema.sources.name(formatted.file));
      if (formatted.text == schema.sources.text(formatted.file)) {
        continue;
      }
      if (check) {
        fmt::print("{} is not formatted\n", name);
        status = kExitError;
      } else if (!write_file_atomically(name, formatted.text)) {
        print_error(Error{fmt::format("cannot write `{}`", name)});
        status = kExitError;
      } else {
        fmt::print("formatted {}\n", name);
      }
    }
  }
  return status;
}

}  // namespace schemac::tools
