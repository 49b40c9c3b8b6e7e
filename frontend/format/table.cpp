// Prisma's line renderer and aligned table (psl/schema-ast/src/renderer/table.rs), byte for byte.
#include "frontend/format/table.hpp"

#include <algorithm>

#include "support/assert.hpp"

namespace schemac::frontend::format {

void Renderer::write(std::string_view text) {
  if (out_.empty() || out_.back() == '\n') {
    out_.append(static_cast<std::size_t>(indent_) * indent_width_, ' ');
  }
  out_.append(text);
}

void Renderer::indent_down() {
  SCHEMAC_ASSERT(indent_ > 0, "unbalanced block indentation in the formatter");
  --indent_;
}

std::string& Table::column(std::size_t index) {
  SCHEMAC_ASSERT(!rows_.empty(), "table column written before any row was started");
  Row& row = rows_.back();
  if (row.interleaved) {
    return row.suffix;
  }
  if (row.columns.size() < index + 1) {
    row.columns.resize(index + 1);
  }
  return row.columns[index];
}

void Table::append_suffix(std::string_view text) {
  SCHEMAC_ASSERT(!rows_.empty() && !rows_.back().interleaved,
                 "table suffix written outside a regular row");
  rows_.back().suffix.append(text);
}

void Table::interleave(std::string_view text) {
  rows_.push_back(Row{true, {}, std::string(text)});
}

void Table::render(Renderer& target) {
  std::vector<std::size_t> widths;
  for (Row& row : rows_) {
    if (row.interleaved) {
      continue;
    }
    while (!row.columns.empty() && row.columns.back().empty()) {
      row.columns.pop_back();
    }
    if (widths.size() < row.columns.size()) {
      widths.resize(row.columns.size(), 0);
    }
    for (std::size_t i = 0; i < row.columns.size(); ++i) {
      widths[i] = std::max(widths[i], row.columns[i].size());
    }
  }

  for (const Row& row : rows_) {
    if (row.interleaved) {
      target.write(row.suffix);
      target.end_line();
      continue;
    }
    for (std::size_t i = 0; i < row.columns.size(); ++i) {
      const std::string& col = row.columns[i];
      target.write(col);
      if (i + 1 < row.columns.size()) {
        target.write(std::string(widths[i] - col.size() + 1, ' '));
      }
    }
    if (!row.suffix.empty()) {
      if (!row.columns.empty()) {
        target.write(" ");
      }
      target.write(row.suffix);
    }
    target.end_line();
  }
  rows_.clear();
}

}  // namespace schemac::frontend::format
