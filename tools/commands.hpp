// The schemac sub-commands, one function each; main.cpp only parses flags and dispatches.
#pragma once

#include <string>
#include <vector>

namespace schemac::tools {

// Exit codes of every command (DESIGN.md §2).
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;
inline constexpr int kExitDifference = 2;  // `diff --exit-code` when there is a difference

// Validates each path (a schema file, or a folder holding one multi-file schema).
int run_validate(const std::vector<std::string>& paths);

// Rewrites each schema in Prisma's canonical layout; with `check`, writes nothing and fails
// (exit 1) naming every file that would change.
int run_format(const std::vector<std::string>& paths, bool check);

// Prints the physical schema (IR) derived from a schema: JSON, or a short summary.
int run_ir(const std::string& path, bool summary);

enum class DiffOutput { Script, Json, Summary };

struct DiffOptions {
  std::string from;
  std::string to;
  DiffOutput output = DiffOutput::Script;
  std::string down_file;    // "" = no reverse script
  std::string output_file;  // "" = stdout
  std::vector<std::string> renames;    // `Old=New`, `Model.old=new`
  std::vector<std::string> backfills;  // `Model.field=SQL`
  bool online = false;
  bool exit_code = false;
  std::string shadow_database;  // postgresql:// server a postgresql migrations:DIR replays on
};

// The SQL that takes FROM to TO (DESIGN.md §2); exit 0, or 2 with `exit_code` and a difference.
int run_diff(const DiffOptions& options);

}  // namespace schemac::tools
