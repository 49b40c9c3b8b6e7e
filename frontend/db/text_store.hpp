// TextStore: owns the text the resolved schema computes itself (constraint names, default
// relation names, strings whose escapes were resolved), so that every name in the Database can
// be a std::string_view, whether it points into the source or into this store.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace schemac::frontend::db {

// A bump allocator for immutable text: kept text never moves, and a moved store keeps its text
// in place (the chunks are heap blocks), so views into it survive moving the Database. A copied
// Database still views the original's chunks, so copies share them (hence shared_ptr): the text
// lives while any copy does. Keeping a string is O(its length), with no per-string allocation.
class TextStore {
 public:
  TextStore() = default;

  // A copy shares the kept text but never writes into a shared chunk's free tail.
  TextStore(const TextStore& other) : chunks_(other.chunks_) {}

  TextStore& operator=(const TextStore& other);
  TextStore(TextStore&& other) noexcept;
  TextStore& operator=(TextStore&& other) noexcept;
  ~TextStore() = default;

  // A copy of `text` that lives as long as the store (or a copy of it).
  [[nodiscard]] std::string_view keep(std::string_view text);

 private:
  std::vector<std::shared_ptr<char[]>> chunks_;
  char* next_ = nullptr;  // free space in chunks_.back(), owned by this store alone
  std::size_t left_ = 0;
};

}  // namespace schemac::frontend::db
