// Standard SQL quoting: SQLite and PostgreSQL both double the quote character and know no
// backslash escapes; the IR's messages name objects the same way, so a reader can search the
// script for them.
#pragma once

#include <string>
#include <string_view>

namespace schemac {

// `text` between `quote` characters, each `quote` inside doubled: `"we""ird"`, `'it''s'`.
[[nodiscard]] inline std::string sql_quoted(std::string_view text, char quote) {
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

}  // namespace schemac
