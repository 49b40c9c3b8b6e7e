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
  std::stable_sort(pending_.begin(), pending_.end(), [](const Pending& a, const Pending& b) {
    const std::size_t ka = a.change.kind.index();
    const std::size_t kb = b.change.kind.index();
    return ka != kb ? ka < kb : a.position < b.position;
  });
  std::vector<Change> out;
  out.reserve(pending_.size());
  for (Pending& p : pending_) {
    out.push_back(std::move(p.change));
  }
  return out;
}

}  // namespace schemac::ir::differ
