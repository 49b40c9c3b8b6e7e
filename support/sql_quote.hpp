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
  // Whole runs between quote characters at once: most names have none, and a script of
  // 10,000 tables quotes hundreds of thousands of them.
  for (std::size_t start = 0;;) {
    const std::size_t at = text.find(quote, start);
    if (at == std::string_view::npos) {
      out.append(text.substr(start));
      break;
    }
    out.append(text.substr(start, at + 1 - start));
    out += quote;
    start = at + 1;
  }
  out += quote;
  return out;
}

}  // namespace schemac
