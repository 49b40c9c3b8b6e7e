// ParseContext: precomputed bounds and the memo of blocks that cannot close.
#include "frontend/parse/context.hpp"

namespace schemac::frontend::parse {

ParseContext::ParseContext(FileId file_id, std::string_view source)
    : file(file_id),
      text(source),
      last_close_brace(source.rfind('}')),
      last_block_comment_close(source.rfind("*/")) {}

bool ParseContext::is_dead(BlockKind kind, const char* p) const {
  const auto& bits = dead[static_cast<int>(kind)];
  const std::uint32_t at = offset(p);
  return at < bits.size() && bits[at];
}

void ParseContext::mark_dead(BlockKind kind, const std::vector<std::uint32_t>& starts) {
  auto& bits = dead[static_cast<int>(kind)];
  if (bits.empty()) {
    bits.resize(text.size() + 1, false);
  }
  for (const std::uint32_t at : starts) {
    bits[at] = true;
  }
}

}  // namespace schemac::frontend::parse
