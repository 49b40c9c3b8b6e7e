// Source files and the byte offset -> line/column mapping used by the diagnostic printer.
#include "support/source_manager.hpp"

#include <algorithm>

namespace schemac {

FileId SourceManager::add(std::string name, std::string text) {
  auto file = std::make_unique<File>();
  file->name = std::move(name);
  file->text = std::move(text);
  file->line_starts.push_back(0);
  const std::string& t = file->text;
  for (std::size_t i = 0; i < t.size(); ++i) {
    // Only "\n" starts a new line number: Prisma's grammar accepts a lone "\r" as a line end,
    // but its diagnostics count lines by "\n" alone, and our line numbers must be Prisma's.
    if (t[i] == '\n') {
      file->line_starts.push_back(static_cast<std::uint32_t>(i + 1));
    }
  }
  files_.push_back(std::move(file));
  return static_cast<FileId>(files_.size() - 1);
}

std::string_view SourceManager::name(FileId file) const { return files_.at(file)->name; }

std::string_view SourceManager::text(FileId file) const { return files_.at(file)->text; }

std::uint32_t SourceManager::line_count(FileId file) const {
  return static_cast<std::uint32_t>(files_.at(file)->line_starts.size());
}

LineColumn SourceManager::line_column(FileId file, std::uint32_t offset) const {
  const File& f = *files_.at(file);
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(f.text.size()));
  const auto it = std::upper_bound(f.line_starts.begin(), f.line_starts.end(), offset);
  const auto line_index = static_cast<std::uint32_t>(it - f.line_starts.begin()) - 1;
  std::uint32_t column = 1;
  for (std::uint32_t i = f.line_starts[line_index]; i < offset; ++i) {
    // Count code points: skip UTF-8 continuation bytes.
    if ((static_cast<unsigned char>(f.text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return LineColumn{line_index + 1, column};
}

std::string_view SourceManager::line_text(FileId file, std::uint32_t line) const {
  const File& f = *files_.at(file);
  if (line == 0 || line > f.line_starts.size()) {
    return {};
  }
  const std::uint32_t begin = f.line_starts[line - 1];
  std::uint32_t end = line < f.line_starts.size() ? f.line_starts[line]
                                                  : static_cast<std::uint32_t>(f.text.size());
  while (end > begin && (f.text[end - 1] == '\n' || f.text[end - 1] == '\r')) {
    --end;
  }
  return std::string_view(f.text).substr(begin, end - begin);
}

}  // namespace schemac
