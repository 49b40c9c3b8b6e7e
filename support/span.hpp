// A byte range in one source file: the only notion of "place" below the printer.
#pragma once

#include <cstdint>

namespace schemac {

using FileId = std::uint32_t;

// Bytes [begin, end) of file `file`. Line and column are computed only when printing
// (support/render.cpp), as Prisma does (psl/diagnostics/src/span.rs).
struct Span {
  FileId file = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  [[nodiscard]] bool empty() const { return begin == end; }
  bool operator==(const Span&) const = default;
};

// The smallest span that covers both (same file assumed).
[[nodiscard]] inline Span join(Span a, Span b) {
  return Span{a.file, a.begin < b.begin ? a.begin : b.begin, a.end > b.end ? a.end : b.end};
}

}  // namespace schemac
