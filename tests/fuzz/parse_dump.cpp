// Prints the parser's diagnostics of each file named on the command line, one per line:
// `path<TAB>byte offset<TAB>message`. Used by oracle_diff.py to compare with Prisma.
#include <fstream>
#include <iostream>
#include <sstream>

#include "frontend/parse/parse.hpp"

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    schemac::SourceManager sources;
    const schemac::FileId file = sources.add(argv[i], text.str());
    schemac::Diagnostics diags;
    (void)schemac::frontend::parse_file(sources, file, diags);
    for (const auto& d : diags.items()) {
      std::cout << argv[i] << '\t' << (d.span ? d.span->begin : 0) << '\t' << d.message << '\n';
    }
  }
  return 0;
}
