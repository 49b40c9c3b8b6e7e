// Owns the text of every source file of one run; hands out FileIds and line/column lookups.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "support/span.hpp"

namespace schemac {

struct LineColumn {
  std::uint32_t line = 1;    // 1-based
  std::uint32_t column = 1;  // 1-based, in UTF-8 code points
};

// The AST holds std::string_view into these texts, so a file's text never moves once added
// (each lives in its own heap block) and the manager must outlive every AST built from it.
class SourceManager {
 public:
  // Takes ownership of `text`, returns its id. `name` is what diagnostics print.
  FileId add(std::string name, std::string text);

  [[nodiscard]] std::string_view name(FileId file) const;
  [[nodiscard]] std::string_view text(FileId file) const;
  [[nodiscard]] std::size_t file_count() const { return files_.size(); }

  // Line and column of a byte offset (clamped to the file's size). O(log lines).
  [[nodiscard]] LineColumn line_column(FileId file, std::uint32_t offset) const;
  // The text of 1-based line `line`, without its line terminator.
  [[nodiscard]] std::string_view line_text(FileId file, std::uint32_t line) const;
  [[nodiscard]] std::uint32_t line_count(FileId file) const;

 private:
  struct File {
    std::string name;
    std::string text;
    std::vector<std::uint32_t> line_starts;
  };
  std::vector<std::unique_ptr<File>> files_;
};

}  // namespace schemac
