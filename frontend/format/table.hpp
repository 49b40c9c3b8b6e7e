// Prisma's text layout: an indenting line renderer and the column-aligned table that the
// formatter fills row by row (psl/schema-ast/src/renderer.rs and renderer/table.rs).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace schemac::frontend::format {

// Appends text to one output stream and indents every line it starts. Only `write` indents: an
// empty line stays empty, which is why blank lines never carry trailing spaces.
class Renderer {
 public:
  explicit Renderer(unsigned indent_width) : indent_width_(indent_width) {}

  void write(std::string_view text);

  void end_line() { out_.push_back('\n'); }

  void indent_up() { ++indent_; }

  void indent_down();

  [[nodiscard]] const std::string& text() const { return out_; }

  [[nodiscard]] std::string take() { return std::move(out_); }

 private:
  std::string out_;
  unsigned indent_ = 0;
  unsigned indent_width_;
};

// Rows of columns aligned on render, plus a per-row suffix (a trailing comment) that never
// influences the layout, plus interleaved rows (unparseable lines) written as they are.
//
// Widths are measured in bytes, not characters, exactly as Prisma does (`str::len`): a column
// holding multi-byte text pads its neighbours less than it looks. Trailing empty columns of a row
// are dropped before measuring, and the last column of a row is never padded.
class Table {
 public:
  void start_new_line() { rows_.push_back(Row{}); }

  // The text of column `index` of the current row, created (with the empty columns before it)
  // on first use. An interleaved current row hands out its own text instead, as Prisma does.
  std::string& column(std::size_t index);
  void append_suffix(std::string_view text);
  void interleave(std::string_view text);

  [[nodiscard]] bool empty() const { return rows_.empty(); }

  // Writes every row (one line each) and clears the table.
  void render(Renderer& target);

 private:
  struct Row {
    bool interleaved = false;
    std::vector<std::string> columns;
    std::string suffix;  // the trailing comment; for an interleaved row, its whole text
  };

  std::vector<Row> rows_;
};

}  // namespace schemac::frontend::format
