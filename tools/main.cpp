// The schemac command line: parses arguments and dispatches to one command function each.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  CLI::App app{"schemac: a schema-diff compiler for Prisma schemas"};
  app.set_version_flag("--version", std::string("schemac 0.1.0"));
  app.require_subcommand(1);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return 0;
}
