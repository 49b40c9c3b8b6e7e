// TextStore (see text_store.hpp).
#include "frontend/db/text_store.hpp"

#include <algorithm>
#include <cstring>

namespace schemac::frontend::db {

namespace {

// Small enough that a schema with a handful of computed names touches little memory, large
// enough that 10,000 models (about 1 MB of constraint names) take a few dozen allocations.
constexpr std::size_t kChunkSize = 32 * 1024;

}  // namespace

TextStore& TextStore::operator=(const TextStore& other) {
  if (this != &other) {
    chunks_ = other.chunks_;
    next_ = nullptr;
    left_ = 0;
  }
  return *this;
}

TextStore::TextStore(TextStore&& other) noexcept
    : chunks_(std::move(other.chunks_)), next_(other.next_), left_(other.left_) {
  other.chunks_.clear();
  other.next_ = nullptr;
  other.left_ = 0;
}

TextStore& TextStore::operator=(TextStore&& other) noexcept {
  if (this != &other) {
    chunks_ = std::move(other.chunks_);
    next_ = other.next_;
    left_ = other.left_;
    other.chunks_.clear();
    other.next_ = nullptr;
    other.left_ = 0;
  }
  return *this;
}

std::string_view TextStore::keep(std::string_view text) {
  if (text.empty()) {
    return {};
  }
  if (text.size() > left_) {
    const std::size_t size = std::max(kChunkSize, text.size());
    chunks_.push_back(std::make_shared_for_overwrite<char[]>(size));
    next_ = chunks_.back().get();
    left_ = size;
  }
  std::memcpy(next_, text.data(), text.size());
  const std::string_view kept(next_, text.size());
  next_ += text.size();
  left_ -= text.size();
  return kept;
}

}  // namespace schemac::frontend::db
