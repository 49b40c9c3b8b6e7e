// The schemac command line: flags and help texts, then one call into tools/commands.hpp.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "tools/commands.hpp"

namespace {

constexpr const char* kDefaultSchema = "prisma/schema.prisma";

constexpr const char* kDescription =
    "schemac compiles Prisma schemas (schema.prisma) into reviewed, staged SQL migrations.\n"
    "It reads the Prisma schema language exactly as Prisma 6 and 7 do and names tables,\n"
    "columns, constraints and indexes as Prisma does, so it can work on databases Prisma made.";

}  // namespace

int main(int argc, char** argv) {
  using namespace schemac::tools;
  CLI::App app{kDescription, "schemac"};
  app.set_version_flag("--version", std::string("schemac 0.1.0"));
  app.require_subcommand(1);
  app.footer("Run `schemac COMMAND --help` for a command's options.");

  std::vector<std::string> validate_paths;
  CLI::App* validate = app.add_subcommand(
      "validate", "Check schemas for errors, as `prisma validate` does; every problem is reported "
                  "with file:line:col and a caret. Exit 0 when valid, 1 otherwise.");
  validate->add_option("PATH", validate_paths,
                       "A schema file, or a folder of .prisma files forming one schema "
                       "(default: prisma/schema.prisma)");

  std::vector<std::string> format_paths;
  bool format_check = false;
  CLI::App* format = app.add_subcommand(
      "format", "Rewrite schemas in Prisma's canonical layout, byte for byte what `prisma format` "
                "writes (including the relation fields it adds).");
  format->add_option("PATH", format_paths,
                     "A schema file, or a folder of .prisma files (default: prisma/schema.prisma)");
  format->add_flag("--check", format_check,
                   "Write nothing; list the files that would change and exit 1 if there are any");

  std::string ir_path = kDefaultSchema;
  bool ir_summary = false;
  CLI::App* ir = app.add_subcommand(
      "ir", "Print the physical schema schemac derives from a schema (tables, columns, keys, "
            "indexes, enums) as JSON, for debugging and tests.");
  ir->add_option("PATH", ir_path, "A schema file or folder (default: prisma/schema.prisma)");
  ir->add_flag("--summary", ir_summary, "One line per table instead of JSON");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }

  if (validate->parsed()) {
    if (validate_paths.empty()) {
      validate_paths.push_back(kDefaultSchema);
    }
    return run_validate(validate_paths);
  }
  if (format->parsed()) {
    if (format_paths.empty()) {
      format_paths.push_back(kDefaultSchema);
    }
    return run_format(format_paths, format_check);
  }
  if (ir->parsed()) {
    return run_ir(ir_path, ir_summary);
  }
  return kExitError;
}
