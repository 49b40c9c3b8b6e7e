// The schemac command line: flags and help texts, then one call into tools/commands.hpp.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "tools/commands.hpp"
#include "tools/heap.hpp"

namespace {

constexpr const char* kDefaultSchema = "prisma/schema.prisma";

constexpr const char* kDescription =
    "schemac compiles Prisma schemas (schema.prisma) into reviewed, staged SQL migrations.\n"
    "It reads the Prisma schema language exactly as Prisma 6 and 7 do and names tables,\n"
    "columns, constraints and indexes as Prisma does, so it can work on databases Prisma made.";

}  // namespace

int main(int argc, char** argv) {
  using namespace schemac::tools;
  use_huge_pages_for_the_heap();
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

  DiffOptions diff_options;
  bool diff_json = false;
  bool diff_summary = false;
  bool diff_script = false;
  CLI::App* diff = app.add_subcommand(
      "diff",
      "Write the SQL that takes the database from FROM to TO, with a header listing every change "
      "and its risk code, one comment per step, and (with --down) the script that goes back.\n"
      "SRC is one of: empty | a schema file or folder | sqlite:PATH or file:PATH (a live SQLite "
      "database) | postgresql://… (a live PostgreSQL database) | migrations:DIR (a Prisma "
      "migrations folder: SQLite ones are replayed in memory, PostgreSQL ones on "
      "--shadow-database).");
  diff->add_option("--from", diff_options.from, "What the database is now")
      ->option_text("SRC")
      ->required();
  diff->add_option("--to", diff_options.to, "What it should become")
      ->option_text("SRC")
      ->required();
  auto* script_flag = diff->add_flag("--script", diff_script, "Print the SQL script (the default)");
  auto* json_flag = diff->add_flag(
      "--json", diff_json, "Print the changes, their risks and the planned steps as JSON");
  auto* summary_flag = diff->add_flag(
      "--summary", diff_summary, "Print one line per change with its risk code and level");
  script_flag->excludes(json_flag)->excludes(summary_flag);
  json_flag->excludes(summary_flag);
  diff->add_option("--down", diff_options.down_file,
                   "Also write the reverse script (TO back to FROM) to FILE; its header lists "
                   "what it cannot restore")
      ->option_text("FILE");
  diff->add_option("--rename", diff_options.renames,
                   "A rename, never guessed: Old=New renames a model (its table), Model.old=new "
                   "a field (its column); Model is the model's name in TO. Repeatable.")
      ->option_text("HINT")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  diff->add_option("--backfill", diff_options.backfills,
                   "Model.field=SQL: the value existing rows get when the migration adds that "
                   "required column or makes it required. Repeatable.")
      ->option_text("HINT")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  diff->add_flag("--online", diff_options.online,
                 "PostgreSQL: lock-light forms (CREATE INDEX CONCURRENTLY, NOT VALID + VALIDATE)");
  diff->add_option(
          "--shadow-database", diff_options.shadow_database,
          "PostgreSQL server on which to replay a migrations:DIR side, as Prisma's shadow "
          "database: schemac creates a scratch database there, runs the folder's migrations in "
          "it, reads the schema they produce, then drops it. The user needs CREATE DATABASE "
          "(otherwise a scratch schema in the URL's database is used, then dropped). Use a "
          "development server, not production.")
      ->option_text("URL");
  diff->add_flag("--exit-code", diff_options.exit_code,
                 "Exit 2 when there is a difference, 0 when there is none");
  diff->add_option("-o,--output", diff_options.output_file,
                   "Write the output to FILE instead of standard output")
      ->option_text("FILE");
  diff->footer(
      "Examples:\n"
      "  schemac diff --from empty --to prisma/schema.prisma\n"
      "  schemac diff --from sqlite:dev.db --to prisma/schema.prisma -o migration.sql "
      "--down down.sql\n"
      "  schemac diff --from old.prisma --to new.prisma --rename User.name=fullName --summary\n"
      "  schemac diff --from migrations:prisma/migrations --to prisma/schema.prisma "
      "--shadow-database postgresql://postgres@localhost:5432/postgres --exit-code\n"
      "Exit codes: 0 success, 1 error, 2 difference found (with --exit-code).");

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
  if (diff->parsed()) {
    diff_options.output = diff_json      ? DiffOutput::Json
                          : diff_summary ? DiffOutput::Summary
                                         : DiffOutput::Script;
    return run_diff(diff_options);
  }
  return kExitError;
}
