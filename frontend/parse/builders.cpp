// Out-of-line helpers of the builders.
#include "frontend/parse/builders.hpp"

namespace schemac::frontend::parse {

const char* trim_line_end(const char* begin, const char* end) {
  while (end > begin && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t')) {
    --end;
  }
  return end;
}

}  // namespace schemac::frontend::parse
