// Where a block's braces and body lie in the source text.
#pragma once

#include <cstdint>
#include <string_view>

namespace schemac::frontend::format {

struct BlockExtent {
  std::uint32_t body_begin = 0;  // after the opening line: pest's BLOCK_OPEN is `{`, the rest of
                                 // its line (dropped by the formatter) and the line break
  std::uint32_t body_end = 0;    // the closing `}`
  std::uint32_t end = 0;         // after the closing `}`
};

// The block's opening brace is the first `{` after its name (`name_end`; earlier text may be
// documentation); its closing brace the last `}` before `span_end`, the end of the block's span.
// A block without a closing brace (the parser's recovery) ends at `span_end`.
[[nodiscard]] BlockExtent block_extent(std::string_view source, std::uint32_t name_end,
                                       std::uint32_t span_end);

}  // namespace schemac::frontend::format
