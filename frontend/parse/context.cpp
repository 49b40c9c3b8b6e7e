// ParseContext: precomputed bounds and the memo of blocks that cannot close.
#include "frontend/parse/context.hpp"

#include <algorithm>

namespace schemac::frontend::parse {

ParseContext::ParseContext(FileId file_id, std::string_view source)
    : file(file_id), text(source), last_close_brace(source.rfind('}')) {
  for (std::size_t at = source.find("*/"); at != std::string_view::npos;
       at = source.find("*/", at + 1)) {
    block_comment_closes.push_back(static_cast<std::uint32_t>(at));
  }
}

const char* ParseContext::block_comment_end(const char* open) const {
  const std::uint32_t from = offset(open) + 2;  // `/*/` is not a closed comment
  const auto it = std::lower_bound(block_comment_closes.begin(), block_comment_closes.end(), from);
  return it == block_comment_closes.end() ? nullptr : text.data() + *it + 2;
}

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
