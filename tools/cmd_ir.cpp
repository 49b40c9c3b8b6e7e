// `schemac ir`: the physical schema schemac derives from a schema, as JSON or a summary.
#include <fmt/format.h>

#include "frontend/lower/lower.hpp"
#include "frontend/validate/validate.hpp"
#include "ir/json.hpp"
#include "tools/commands.hpp"
#include "tools/load_schema.hpp"

namespace schemac::tools {

int run_ir(const std::string& path, bool summary) {
  auto loaded = load_schema(path);
  if (!loaded) {
    print_error(loaded.error());
    return kExitError;
  }
  LoadedSchema& schema = *loaded.value();
  const frontend::ValidatedSchema validated =
      frontend::validate(schema.ast, schema.sources, schema.diagnostics);
  print_diagnostics(schema.diagnostics, schema.sources);
  // Lowering is defined for valid schemas only: an invalid one has no physical schema.
  if (schema.diagnostics.has_errors() || !validated.valid) {
    fmt::print(stderr, "schemac: {} is invalid; fix the errors above first\n", path);
    return kExitError;
  }
  const frontend::LoweredSchema lowered = frontend::lower(validated);
  if (summary) {
    fmt::print("{}", ir::summary(lowered.schema));
  } else {
    fmt::print("{}\n", ir::to_json_text(lowered.schema));
  }
  return kExitOk;
}

}  // namespace schemac::tools
