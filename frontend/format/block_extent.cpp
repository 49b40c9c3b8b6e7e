// Locates a block's braces in the source text.
#include "frontend/format/block_extent.hpp"

#include <algorithm>

namespace schemac::frontend::format {

BlockExtent block_extent(std::string_view source, std::uint32_t name_end, std::uint32_t span_end) {
  const auto end = static_cast<std::uint32_t>(std::min<std::size_t>(span_end, source.size()));
  BlockExtent extent{end, end, end};
  const std::size_t close = end > 0 ? source.rfind('}', end - 1) : std::string_view::npos;
  if (close != std::string_view::npos && close >= name_end) {
    extent.body_end = static_cast<std::uint32_t>(close);
    extent.end = static_cast<std::uint32_t>(close + 1);
  }
  const std::size_t open = source.find('{', name_end);
  if (open == std::string_view::npos || open >= extent.body_end) {
    extent.body_begin = extent.body_end;
    return extent;
  }
  const std::size_t line_break = source.find_first_of("\r\n", open);
  if (line_break == std::string_view::npos || line_break >= extent.body_end) {
    extent.body_begin = static_cast<std::uint32_t>(open + 1);
    return extent;
  }
  std::size_t body = line_break + 1;
  if (source[line_break] == '\r' && body < source.size() && source[body] == '\n') {
    ++body;
  }
  extent.body_begin = static_cast<std::uint32_t>(body);
  return extent;
}

}  // namespace schemac::frontend::format
