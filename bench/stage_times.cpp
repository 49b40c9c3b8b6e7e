// Times each front-end stage in-process on one schema file (parse, validate, lower), so a
// slow stage can be found without a profiler. `stage_times FILE [REPEAT]`: best of REPEAT.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include "frontend/lower/lower.hpp"
#include "frontend/parse/parse.hpp"
#include "frontend/validate/validate.hpp"
#include "support/read_file.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: stage_times FILE [REPEAT]\n");
    return 1;
  }
  auto text = schemac::read_file(argv[1]);
  if (!text) {
    fmt::print(stderr, "stage_times: {}\n", text.error().message);
    return 1;
  }
  const int repeat = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  using Clock = std::chrono::steady_clock;
  const auto ms = [](Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
  };
  double best_parse = 1e18, best_validate = 1e18, best_lower = 1e18;
  for (int i = 0; i < repeat; ++i) {
    schemac::SourceManager sources;
    const schemac::FileId file = sources.add(argv[1], text.value());
    schemac::Diagnostics diags;
    const auto t0 = Clock::now();
    const auto ast = schemac::frontend::parse_schema(sources, {file}, diags);
    const auto t1 = Clock::now();
    const auto validated = schemac::frontend::validate(ast, sources, diags);
    const auto t2 = Clock::now();
    const auto lowered = schemac::frontend::lower(validated);
    const auto t3 = Clock::now();
    best_parse = std::min(best_parse, ms(t0, t1));
    best_validate = std::min(best_validate, ms(t1, t2));
    best_lower = std::min(best_lower, ms(t2, t3));
    if (diags.has_errors()) {
      fmt::print(stderr, "stage_times: the schema has {} error(s)\n", diags.error_count());
      return 1;
    }
  }
  fmt::print("parse {:.1f} ms, validate {:.1f} ms, lower {:.1f} ms (best of {})\n", best_parse,
             best_validate, best_lower, repeat);
  return 0;
}
