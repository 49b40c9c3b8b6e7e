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
  pending_.push_back({Change{std::move(kind)}, position});
}

std::vector<Change> ChangeSink::sorted() && {
  // A Change is large (a variant of whole tables and columns): sort small keys, then move each
  // change once into place.
  struct Key {
    std::size_t kind;
    std::size_t position;
    std::size_t index;
  };

  std::vector<Key> keys;
  keys.reserve(pending_.size());
  for (std::size_t i = 0; i < pending_.size(); ++i) {
    keys.push_back({pending_[i].change.kind.index(), pending_[i].position, i});
  }
  // The emission index breaks ties, so this is the stable order with an unstable sort.
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    if (a.kind != b.kind) {
      return a.kind < b.kind;
    }
    return a.position != b.position ? a.position < b.position : a.index < b.index;
  });
  std::vector<Change> out;
  out.reserve(pending_.size());
  for (const Key& key : keys) {
    out.push_back(std::move(pending_[key.index].change));
  }
  return out;
}

}  // namespace schemac::ir::differ
