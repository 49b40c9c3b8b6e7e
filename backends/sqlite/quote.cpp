// SQLite quoting (see quote.hpp).
#include "backends/sqlite/quote.hpp"

namespace schemac::backends::sqlite {

namespace {

std::string quoted(std::string_view text, char quote) {
  std::string out;
  out.reserve(text.size() + 2);
  out += quote;
  for (const char c : text) {
    out += c;
    if (c == quote) {
      out += quote;
    }
  }
  out += quote;
  return out;
}

}  // namespace

std::string quote_identifier(std::string_view name) {
  return quoted(name, '"');
}

std::string quote_literal(std::string_view text) {
  return quoted(text, '\'');
}

}  // namespace schemac::backends::sqlite
