#include "backends/postgres/rename_order.hpp"

#include <algorithm>
#include <set>

namespace schemac::backends::postgres {

namespace {

// A name no column has or will have: `<from>_swap`, `<from>_swap2`, … within PostgreSQL's 63
// bytes.
std::string temporary_name(const std::string& from, const std::set<std::string>& taken) {
  const std::string stem = from.substr(0, 50) + "_swap";
  std::string name = stem;
  for (int n = 2; taken.count(name) != 0; ++n) {
    name = stem + std::to_string(n);
  }
  return name;
}

}  // namespace

std::vector<ColumnRenameStep> order_column_renames(std::vector<ColumnRenameStep> renames,
                                                   const std::vector<std::string>& taken) {
  std::set<std::string> used(taken.begin(), taken.end());
  for (const ColumnRenameStep& r : renames) {
    used.insert(r.from);
    used.insert(r.to);
  }
  std::vector<ColumnRenameStep> out;
  out.reserve(renames.size() + 1);
  while (!renames.empty()) {
    // The first rename whose target no pending rename still holds.
    const auto free = std::find_if(renames.begin(), renames.end(), [&](const auto& r) {
      return std::none_of(renames.begin(), renames.end(),
                          [&](const auto& other) { return other.from == r.to; });
    });
    if (free != renames.end()) {
      out.push_back(*free);
      renames.erase(free);
      continue;
    }
    // Every pending rename is on a cycle: move one out of the way.
    ColumnRenameStep& first = renames.front();
    const std::string temporary = temporary_name(first.from, used);
    used.insert(temporary);
    out.push_back({first.from, temporary, first.change});
    first.from = temporary;
  }
  return out;
}

}  // namespace schemac::backends::postgres
