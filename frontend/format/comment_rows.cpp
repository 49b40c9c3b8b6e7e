// Comment blocks as table rows.
#include "frontend/format/comment_rows.hpp"

namespace schemac::frontend::format {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) {
    s.remove_prefix(1);
  }
  while (!s.empty() && is_space(s.back())) {
    s.remove_suffix(1);
  }
  return s;
}

void add_multi_line_rows(Table& table, std::string_view comment) {
  table.start_new_line();
  table.append_suffix("/**");
  std::string_view inner = comment.substr(2, comment.size() - 4);  // without `/*` and `*/`
  while (true) {
    const std::size_t line_break = inner.find('\n');
    std::string_view line = trim(inner.substr(0, line_break));
    if (line.starts_with('*')) {
      line.remove_prefix(1);
      line = trim(line);
    }
    if (!line.empty()) {
      table.start_new_line();
      table.append_suffix(" * ");
      table.append_suffix(line);
    }
    if (line_break == std::string_view::npos) {
      break;
    }
    inner.remove_prefix(line_break + 1);
  }
  table.start_new_line();
  table.append_suffix(" */");
}

}  // namespace

void add_comment_rows(Table& table, const CommentsItem& comments) {
  for (const CommentLine& comment : comments.comments) {
    switch (comment.kind) {
      case CommentLine::Kind::Line:
        table.start_new_line();
        table.append_suffix("//");
        table.append_suffix(comment.text);
        break;
      case CommentLine::Kind::Doc:
        table.start_new_line();
        table.append_suffix("///");
        table.append_suffix(comment.text);
        break;
      case CommentLine::Kind::Multi:
        add_multi_line_rows(table, comment.text);
        break;
    }
  }
}

}  // namespace schemac::frontend::format
