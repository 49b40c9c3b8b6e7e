// The one place where diagnostics become text.
#include "support/render.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace schemac {
namespace {

constexpr std::size_t kMaxShownColumns = 120;

// Code points in [begin, end) of a UTF-8 string.
std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Replaces control characters (tabs excepted) so junk input cannot garble a terminal.
std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    out.push_back((u < 0x20 && c != '\t') || u == 0x7F ? '?' : c);
  }
  return out;
}

// Byte offset in `line` of code point number `cp` (0-based), clamped to the line's size.
std::size_t byte_of_code_point(std::string_view line, std::size_t cp) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) {
      if (seen == cp) {
        return i;
      }
      ++seen;
    }
  }
  return line.size();
}

void render_snippet(std::string& out, Span span, const SourceManager& sources) {
  const LineColumn start = sources.line_column(span.file, span.begin);
  const LineColumn stop = sources.line_column(span.file, span.end);
  std::string_view line = sources.line_text(span.file, start.line);
  std::size_t caret_col = start.column - 1;  // 0-based, code points
  const std::size_t line_cps = code_points(line);
  std::size_t caret_len = 1;
  if (stop.line == start.line && stop.column > start.column) {
    caret_len = stop.column - start.column;
  } else if (stop.line > start.line) {
    caret_len = line_cps > caret_col ? line_cps - caret_col : 1;
  }
  // Clip very long lines (a 10 MB line must not be printed whole) to a window around the caret.
  std::string prefix;
  if (line_cps > kMaxShownColumns) {
    const std::size_t from_cp = caret_col > kMaxShownColumns / 2 ? caret_col - kMaxShownColumns / 2 : 0;
    const std::size_t from = byte_of_code_point(line, from_cp);
    const std::size_t to = byte_of_code_point(line, from_cp + kMaxShownColumns);
    line = line.substr(from, to - from);
    if (from_cp > 0) {
      prefix = "...";
      caret_col = caret_col - from_cp + 3;
    }
    caret_len = std::min(caret_len, kMaxShownColumns);
  }
  const std::string number = fmt::format("{}", start.line);
  const std::string gutter(number.size(), ' ');
  out += fmt::format(" {} | {}{}\n", number, prefix, printable(line));
  out += fmt::format(" {} | {}^{}\n", gutter, std::string(caret_col, ' '),
                     std::string(caret_len > 1 ? caret_len - 1 : 0, '~'));
}

}  // namespace

std::string render_location(Span span, const SourceManager& sources) {
  const LineColumn lc = sources.line_column(span.file, span.begin);
  return fmt::format("{}:{}:{}", sources.name(span.file), lc.line, lc.column);
}

std::string render(const Diagnostic& d, const SourceManager& sources) {
  std::string out;
  const char* severity = d.severity == Severity::Error ? "error" : "warning";
  if (d.span) {
    out += fmt::format("{}: {}: {}\n", render_location(*d.span, sources), severity, d.message);
    render_snippet(out, *d.span, sources);
  } else {
    out += fmt::format("{}: {}\n", severity, d.message);
  }
  for (const Note& note : d.notes) {
    out += fmt::format("{}: note: {}\n", render_location(note.span, sources), note.message);
    render_snippet(out, note.span, sources);
  }
  return out;
}

}  // namespace schemac
