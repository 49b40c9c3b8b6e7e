// A golden case of `schemac diff` (tests/cases/<name>/) and the ways the tests run it.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ir/change.hpp"

namespace schemac::test {

struct DiffCase {
  std::string name;
  std::filesystem::path dir;
  std::vector<std::string> args;  // `args`: extra CLI arguments, one per line
  bool up_fails = false;          // `expect` says `up-fails`: the up script must fail on rows
  // `expect` says `down-fails`: the down script must fail on the rows the up script left (it
  // would re-add a foreign key to a table it recreates empty) and change nothing.
  bool down_fails = false;
};

// Every folder of `root` holding a from.prisma, by name.
[[nodiscard]] std::vector<DiffCase> list_diff_cases(const std::filesystem::path& root);

// The case's `--rename` arguments in database names (tables and columns), as the CLI gives
// them to the differ: `Old=New` names Prisma models, `Model.old=new` a model as named in TO
// and its field's old and new names; all mapped through @@map/@map of from.prisma (old names)
// and to.prisma (new names). The schemas
// are read with a line scanner that knows only what the cases use: `model X {` blocks,
// `@@map("…")` and `@map("…")`. A file `rows-follow` in the case adds, for the row check only,
// tables (and their columns) whose rows must survive under another name although the CLI is
// not told: `FROM_TABLE=TO_TABLE [from_column=to_column]...` per line, database names (an
// implicit many-to-many join table renamed with its model).
[[nodiscard]] ir::RenameHints rename_hints(const DiffCase& c);

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the schemac binary with `args` in the folder `cwd` (so that labels in the output are
// the relative paths given), capturing stdout and stderr.
[[nodiscard]] CommandResult run_schemac(const std::filesystem::path& cwd,
                                        const std::vector<std::string>& args);

// `diff -u` of two texts, for failure messages.
[[nodiscard]] std::string unified_diff(const std::string& want, const std::string& got,
                                       const std::string& label);

[[nodiscard]] std::string read_text(const std::filesystem::path& path);

// Whether the environment variable `name` is set to exactly `value`.
[[nodiscard]] bool env_is(const char* name, std::string_view value);

// Compares `got` with the golden file `name` of the case, or (with `update`) rewrites it and
// says so on stdout. Returns the failure message (with a unified diff), "" when equal.
[[nodiscard]] std::string check_golden(const DiffCase& c, const std::string& name,
                                       const std::string& got, bool update);

// With `update`, removes the case's golden file `name` if it exists (the CLI no longer writes it).
void remove_golden(const DiffCase& c, const std::string& name, bool update);

// A case that fails for a reason owned elsewhere, at a named stage.
struct KnownFailure {
  std::string stage;
  std::string reason;
};

// A known-failures list: `<case> <stage> <reason…>` per line; `#` starts a comment.
[[nodiscard]] std::map<std::string, KnownFailure> known_failures(const std::filesystem::path& list);

// A path in the system's temporary folder that no other process uses (its name holds the
// process id), so that several builds can run the suite at once.
[[nodiscard]] std::filesystem::path scratch_path(const std::string& name);

}  // namespace schemac::test
