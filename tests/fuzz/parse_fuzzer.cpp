// libFuzzer harness: any bytes through parse_file must return, with every diagnostic placed
// inside the file. Built only with -DSCHEMAC_FUZZ=ON (clang); see README.md.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "frontend/parse/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  schemac::SourceManager sources;
  const schemac::FileId file =
      sources.add("fuzz.prisma", std::string(reinterpret_cast<const char*>(data), size));
  schemac::Diagnostics diags;
  const auto ast = schemac::frontend::parse_file(sources, file, diags);
  for (const auto& d : diags.items()) {
    // A diagnostic without a place, or one outside the file, is a parser bug.
    if (!d.span || d.span->begin > d.span->end || d.span->end > size) {
      std::abort();
    }
  }
  return ast.tops.size() > size + 1 ? 1 : 0;
}
