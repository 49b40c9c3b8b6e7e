// JSON string unescaping (RFC 8259 §7) with Prisma's diagnostics for bad escapes.
#include "frontend/parse/unescape.hpp"

#include <cstdint>
#include <optional>

#include "frontend/parse/messages.hpp"

namespace schemac::frontend::parse {
namespace {

struct Codepoint {
  std::size_t consumed;               // bytes read, `\u` included
  std::optional<std::uint16_t> unit;  // the UTF-16 code unit, if four hex digits followed
};

int hex_value(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

// `\uXXXX` at the start of `s`; Prisma's parse_codepoint.
Codepoint parse_codepoint(std::string_view s) {
  if (s.size() < 4 || s.substr(0, 2) != "\\u") {
    return {0, std::nullopt};
  }
  std::uint16_t unit = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    const int v = 2 + i < s.size() ? hex_value(s[2 + i]) : -1;
    if (v < 0) {
      return {2 + i, std::nullopt};
    }
    unit = static_cast<std::uint16_t>(unit | (v << ((3 - i) * 4)));
  }
  return {6, unit};
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool is_surrogate(std::uint16_t u) {
  return u >= 0xD800 && u <= 0xDFFF;
}

// Length of the UTF-8 sequence a lead byte announces (1 for anything unexpected).
std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) {
    return 4;
  }
  if (lead >= 0xE0) {
    return lead < 0xF0 ? 3 : 1;
  }
  if (lead >= 0xC0) {
    return 2;
  }
  return 1;
}

}  // namespace

std::string unescape_string(std::string_view raw, Span span, Diagnostics* diags) {
  std::string out;
  if (raw.size() < 2) {
    return out;
  }
  const std::string_view s = raw.substr(1, raw.size() - 2);
  const std::uint32_t base = span.begin + 1;  // offset of the first content byte
  out.reserve(s.size());
  const auto report = [&](Diagnostic d) {
    if (diags != nullptr) {
      diags->push(std::move(d));
    }
  };
  const auto at = [&](std::size_t from, std::size_t to) {
    return Span{span.file, base + static_cast<std::uint32_t>(from),
                base + static_cast<std::uint32_t>(to)};
  };

  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i++];
      continue;
    }
    const std::size_t start = i;
    const char e = s[i + 1];
    i += 2;
    switch (e) {
      case '"':
        out += '"';
        continue;
      case '\\':
        out += '\\';
        continue;
      case '/':
        out += '/';
        continue;
      case 'b':
        out += '\b';
        continue;
      case 'f':
        out += '\f';
        continue;
      case 'n':
        out += '\n';
        continue;
      case 'r':
        out += '\r';
        continue;
      case 't':
        out += '\t';
        continue;
      case 'u':
        break;
      default: {
        const std::size_t len = utf8_length(static_cast<unsigned char>(e));
        const std::size_t end = std::min(s.size(), start + 1 + len);
        report(unknown_escape_sequence(at(start, end)));
        i = end;
        continue;
      }
    }
    // `\u`: Prisma's try_parse_unicode_codepoint. The error span is clipped to the content.
    const std::string_view slice = s.substr(start);
    const auto error_until = [&](std::size_t consumed) {
      report(invalid_unicode_escape(at(start, start + std::min(slice.size(), consumed))));
    };
    std::size_t advance = 0;
    const Codepoint first = parse_codepoint(slice);
    if (!first.unit) {
      error_until(std::max<std::size_t>(first.consumed, 2));
      advance = first.consumed;
    } else if (!is_surrogate(*first.unit)) {
      append_utf8(out, *first.unit);
      advance = 6;
    } else {
      const Codepoint second = parse_codepoint(slice.substr(6));
      if (!second.unit) {
        error_until(first.consumed);
        advance = first.consumed;
      } else {
        const std::uint16_t hi = *first.unit;
        const std::uint16_t lo = *second.unit;
        if (hi <= 0xDBFF && lo >= 0xDC00 && lo <= 0xDFFF) {
          append_utf8(out, 0x10000 + ((static_cast<char32_t>(hi) - 0xD800) << 10) +
                               (static_cast<char32_t>(lo) - 0xDC00));
        } else {
          error_until(first.consumed + second.consumed);
        }
        advance = first.consumed * 2;
      }
    }
    // `\u` is already read; skip the rest of what the escape consumed.
    i = std::min(s.size(), start + std::max<std::size_t>(advance, 2));
  }
  return out;
}

}  // namespace schemac::frontend::parse
