// Building a SourceMap from the records lowering made, in one sort.
#include "ir/source_map.hpp"

#include <cstdint>
#include <numeric>

namespace schemac::ir {

// Sorts indices, not entries: a swap then moves four bytes instead of three strings, which made
// the sort most of lowering's time. Ties are broken by record order, so the first record of a
// key is the one kept.
SourceMap::SourceMap(std::vector<SourceMapEntry> records) {
  std::vector<std::uint32_t> order(records.size());
  std::iota(order.begin(), order.end(), std::uint32_t{0});
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto c = records[a].key <=> records[b].key;
    return c != 0 ? c < 0 : a < b;
  });
  entries_.reserve(records.size());
  for (const std::uint32_t i : order) {
    if (!entries_.empty() && entries_.back().key == records[i].key) {
      continue;
    }
    entries_.push_back(std::move(records[i]));
  }
}

}  // namespace schemac::ir
