// What every parser action shares while one file is parsed: the text, and the bounds that
// keep hostile input linear in time and shallow on the stack.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "support/span.hpp"

namespace schemac::frontend::parse {

enum class BlockKind { Model, Enum, Config };

struct ParseContext {
  ParseContext(FileId file_id, std::string_view text);

  FileId file;
  std::string_view text;

  // Current nesting of expressions, and the offsets where the depth cap stopped reading.
  unsigned depth = 0;
  std::vector<std::uint32_t> too_deep;

  // Offset of the last `}` in the file (npos if none): a `name {` block after it cannot close,
  // and is refused at once instead of scanning to the end of the file, which would make many
  // unclosed openers quadratic.
  std::size_t last_close_brace;

  // Offsets of every `*/`, ascending: a `/* … */` comment is read by jumping to the first one
  // after its `/*`. Scanning instead is quadratic when many lines end in `/*` and each reading
  // fails only after the comment (`a Int /*` on 20000 lines takes minutes).
  std::vector<std::uint32_t> block_comment_closes;
  // End of the block comment that starts at `open` (just after its `*/`), or nullptr.
  [[nodiscard]] const char* block_comment_end(const char* open) const;

  // A block that does not close has read every member from its first line to the end of the
  // file. A member's parse depends only on where it starts, so a later block of the same kind
  // reaching any of those starts cannot close either: `dead` remembers them (per kind, one bit
  // per byte, allocated on first use), which keeps unclosed blocks linear overall.
  std::vector<bool> dead[3];
  std::vector<std::uint32_t>* member_starts = nullptr;  // of the block being read

  [[nodiscard]] std::uint32_t offset(const char* p) const {
    return static_cast<std::uint32_t>(p - text.data());
  }

  [[nodiscard]] Span span(const char* begin, const char* end) const {
    return Span{file, offset(begin), offset(end)};
  }

  [[nodiscard]] bool is_dead(BlockKind kind, const char* p) const;
  void mark_dead(BlockKind kind, const std::vector<std::uint32_t>& starts);
};

}  // namespace schemac::frontend::parse
