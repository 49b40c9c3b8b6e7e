// Reading a schema source (a .prisma file or a folder of them) into parsed form.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "frontend/ast.hpp"
#include "support/diagnostic.hpp"
#include "support/result.hpp"
#include "support/source_manager.hpp"

namespace schemac::tools {

// One schema as read from disk: the files' text, their syntax tree, and what parsing found.
// Held by unique_ptr because the AST points into `sources`.
struct LoadedSchema {
  SourceManager sources;
  std::vector<FileId> files;
  frontend::ast::Schema ast;
  Diagnostics diagnostics;
};

// Reads and parses `path`: one file, or every *.prisma file below a folder as one multi-file
// schema. Error (one line) when the path cannot be read; syntax problems are diagnostics.
[[nodiscard]] Result<std::unique_ptr<LoadedSchema>> load_schema(const std::string& path);

// Prints a failure as the one line every command uses: `schemac: error: <message>`.
void print_error(const Error& error);

// Prints every diagnostic to stderr, sorted by place, each written whole.
void print_diagnostics(const Diagnostics& diagnostics, const SourceManager& sources);

}  // namespace schemac::tools
