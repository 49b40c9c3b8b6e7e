// Schema path → lowered IR (see pipeline.hpp).
#include "tests/corpus/ir/pipeline.hpp"

#include "frontend/parse/parse.hpp"
#include "frontend/validate/validate.hpp"
#include "support/read_file.hpp"
#include "support/render.hpp"

namespace schemac::test {

PipelineResult lower_schema_at(const std::string& path) {
  PipelineResult out;
  const auto files = list_schema_files(path);
  if (!files) {
    out.error = files.error().message;
    return out;
  }
  SourceManager sources;
  std::vector<FileId> ids;
  for (const std::string& file : files.value()) {
    auto text = read_file(file);
    if (!text) {
      out.error = text.error().message;
      return out;
    }
    ids.push_back(sources.add(file, std::move(text.value())));
  }
  Diagnostics diags;
  const frontend::ast::Schema ast = frontend::parse_schema(sources, ids, diags);
  frontend::ValidatedSchema validated = frontend::validate(ast, sources, diags);
  if (diags.has_errors() || !validated.valid) {
    for (const Diagnostic& d : diags.sorted()) {
      if (d.severity == Severity::Error && out.error.size() < 2000) {
        out.error += render(d, sources);
      }
    }
    if (out.error.empty()) {
      out.error = "validation failed without an error diagnostic";
    }
    return out;
  }
  out.lowered = frontend::lower(validated);
  out.ok = true;
  return out;
}

}  // namespace schemac::test
