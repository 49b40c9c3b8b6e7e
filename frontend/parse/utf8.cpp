// UTF-8 validation (RFC 3629, Table 3-7 of the Unicode standard).
#include "frontend/parse/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace schemac::frontend::parse {

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const auto cont = [&](std::size_t i) { return i < text.size() && (byte(i) & 0xC0) == 0x80; };
  std::size_t i = 0;
  while (i < text.size()) {
    // Schemas are nearly all ASCII: skip eight ASCII bytes at a time.
    std::uint64_t word = 0;
    if (i + sizeof word <= text.size()) {
      std::memcpy(&word, text.data() + i, sizeof word);
      if ((word & 0x8080808080808080U) == 0) {
        i += sizeof word;
        continue;
      }
    }
    const unsigned char b = byte(i);
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;  // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      lo = b == 0xE0 ? 0xA0 : 0x80;
      hi = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      lo = b == 0xF0 ? 0x90 : 0x80;
      hi = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      return i;
    }
    if (i + 1 >= text.size() || byte(i + 1) < lo || byte(i + 1) > hi) {
      return i;
    }
    for (std::size_t k = 2; k < len; ++k) {
      if (!cont(i + k)) {
        return i;
      }
    }
    i += len;
  }
  return std::nullopt;
}

}  // namespace schemac::frontend::parse
