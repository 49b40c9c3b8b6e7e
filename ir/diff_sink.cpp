// The differ's collector (ir/diff_sink.hpp).
#include "ir/diff_sink.hpp"

#include <algorithm>
#include <utility>

namespace schemac::ir::differ {

std::string qualified_key(std::string_view schema_name, std::string_view name) {
  std::string key;
  key.reserve(schema_name.size() + 1 + name.size());
  key.append(schema_name);
  key.push_back('\0');
  key.append(name);
  return key;
}

void ChangeSink::emit(ChangeKind kind, std::size_t position) {
  changes_.push_back(Change{std::move(kind)});
  positions_.push_back(position);
}

std::vector<Change> ChangeSink::sorted() && {
  // A Change is large (a variant of whole tables and columns): sort small keys, then move each
  // change into place once, following the permutation's cycles with one change in hand.
  struct Key {
    std::size_t kind;
    std::size_t position;
    std::size_t index;
  };
  const std::size_t n = changes_.size();
  std::vector<Key> keys;
  keys.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    keys.push_back({changes_[i].kind.index(), positions_[i], i});
  }
  // The emission index breaks ties, so this is the stable order with an unstable sort.
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    if (a.kind != b.kind) {
      return a.kind < b.kind;
    }
    return a.position != b.position ? a.position < b.position : a.index < b.index;
  });
  // Slot i receives the change at keys[i].index. A slot is done once written (or when it
  // already holds its own change).
  std::vector<bool> done(n, false);
  for (std::size_t start = 0; start < n; ++start) {
    if (done[start] || keys[start].index == start) {
      continue;
    }
    Change in_hand = std::move(changes_[start]);
    std::size_t slot = start;
    while (keys[slot].index != start) {
      changes_[slot] = std::move(changes_[keys[slot].index]);
      done[slot] = true;
      slot = keys[slot].index;
    }
    changes_[slot] = std::move(in_hand);
    done[slot] = true;
  }
  return std::move(changes_);
}

}  // namespace schemac::ir::differ
