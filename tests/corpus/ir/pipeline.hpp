// Schema path → parse → validate → lower, as `schemac ir` runs it, for the corpus tests.
#pragma once

#include <string>

#include "frontend/lower/lower.hpp"

namespace schemac::test {

struct PipelineResult {
  bool ok = false;
  std::string error;  // why not: unreadable path, or the first error diagnostics, rendered
  frontend::LoweredSchema lowered;
};

// `path` is a .prisma file or a folder of them (a multi-file schema).
[[nodiscard]] PipelineResult lower_schema_at(const std::string& path);

}  // namespace schemac::test
