// The schemac sub-commands, one function each; main.cpp only parses flags and dispatches.
#pragma once

#include <string>
#include <vector>

namespace schemac::tools {

// Exit codes of every command (DESIGN.md §2).
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;

// Validates each path (a schema file, or a folder holding one multi-file schema).
int run_validate(const std::vector<std::string>& paths);

// Rewrites each schema in Prisma's canonical layout; with `check`, writes nothing and fails
// (exit 1) naming every file that would change.
int run_format(const std::vector<std::string>& paths, bool check);

// Prints the physical schema (IR) derived from a schema: JSON, or a short summary.
int run_ir(const std::string& path, bool summary);

}  // namespace schemac::tools
