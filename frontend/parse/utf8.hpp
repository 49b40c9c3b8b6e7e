// UTF-8 well-formedness of a whole file.
#pragma once

#include <optional>
#include <string_view>

namespace schemac::frontend::parse {

// Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629:
// no overlong forms, no surrogates, nothing above U+10FFFF), or nullopt. O(n).
[[nodiscard]] std::optional<std::size_t> first_invalid_utf8(std::string_view text);

}  // namespace schemac::frontend::parse
