// `schemac validate`: parse, resolve and check each schema; report every problem found.
#include <fmt/format.h>

#include "frontend/validate/validate.hpp"
#include "tools/commands.hpp"
#include "tools/heap.hpp"
#include "tools/load_schema.hpp"

namespace schemac::tools {

int run_validate(const std::vector<std::string>& paths) {
  int status = kExitOk;
  for (const std::string& path : paths) {
    auto loaded = load_schema(path);
    if (!loaded) {
      print_error(loaded.error());
      status = kExitError;
      continue;
    }
    LoadedSchema& schema = *loaded.value();
    keep_until_exit(frontend::validate(schema.ast, schema.sources, schema.diagnostics));
    print_diagnostics(schema.diagnostics, schema.sources);
    if (schema.diagnostics.has_errors()) {
      fmt::print(stderr, "schemac: {} is invalid: {} error(s), {} warning(s)\n", path,
                 schema.diagnostics.error_count(), schema.diagnostics.warning_count());
      status = kExitError;
    } else {
      fmt::print("{} is valid", path);
      if (schema.diagnostics.warning_count() > 0) {
        fmt::print(" ({} warning(s))", schema.diagnostics.warning_count());
      }
      fmt::print("\n");
    }
    keep_until_exit(std::move(loaded.value()));
  }
  return status;
}

}  // namespace schemac::tools
