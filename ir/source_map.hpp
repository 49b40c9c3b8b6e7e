// Where each IR object came from in the schema source: spans live here, never in the IR.
#pragma once

#include <algorithm>
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "support/span.hpp"

// Lowering fills it; lint and diagnostics look places up by the object's database names. An
// introspected schema has an empty map. Entries are kept in a vector sorted by key, so iteration
// is deterministic and lookups are O(log n); lowering builds the map once from all its records
// (O(n log n)) rather than paying a tree node per object.
namespace schemac::ir {

enum class ObjectKind { Table, Column, PrimaryKey, Index, ForeignKey, Enum, EnumValue };

struct ObjectKey {
  ObjectKind kind = ObjectKind::Table;
  std::string schema_name;  // namespace of the table or enum; "" = default
  std::string owner;        // table (or enum) name
  std::string name;         // column, index, constraint or enum value; "" for the owner itself
  auto operator<=>(const ObjectKey&) const = default;
};

struct SourceMapEntry {
  ObjectKey key;
  Span span;
};

class SourceMap {
 public:
  SourceMap() = default;

  // The map of `records`, in the order they were made: where a key repeats, the first record
  // wins, as with add(). O(n log n).
  explicit SourceMap(std::vector<SourceMapEntry> records);

  // Records where an object was declared; a second record for the same key is ignored (the
  // first declaration is the one to point at). O(n) per call: for many records, build the map
  // with the constructor.
  void add(ObjectKey key, Span span) {
    const auto it = lower_bound(key);
    if (it != entries_.end() && it->key == key) {
      return;
    }
    entries_.insert(it, SourceMapEntry{std::move(key), span});
  }

  [[nodiscard]] std::optional<Span> find(const ObjectKey& key) const {
    const auto it = lower_bound(key);
    if (it == entries_.end() || !(it->key == key)) {
      return std::nullopt;
    }
    return it->span;
  }

  [[nodiscard]] std::optional<Span> table(std::string_view table,
                                          std::string_view schema_name = {}) const {
    return find({ObjectKind::Table, std::string(schema_name), std::string(table), {}});
  }

  [[nodiscard]] std::optional<Span> column(std::string_view table, std::string_view column,
                                           std::string_view schema_name = {}) const {
    return find(
        {ObjectKind::Column, std::string(schema_name), std::string(table), std::string(column)});
  }

  [[nodiscard]] std::optional<Span> index(std::string_view table, std::string_view index,
                                          std::string_view schema_name = {}) const {
    return find(
        {ObjectKind::Index, std::string(schema_name), std::string(table), std::string(index)});
  }

  [[nodiscard]] std::optional<Span> foreign_key(std::string_view table, std::string_view name,
                                                std::string_view schema_name = {}) const {
    return find(
        {ObjectKind::ForeignKey, std::string(schema_name), std::string(table), std::string(name)});
  }

  [[nodiscard]] std::size_t size() const { return entries_.size(); }

  // Sorted by key, one entry per key.
  [[nodiscard]] const std::vector<SourceMapEntry>& entries() const { return entries_; }

 private:
  [[nodiscard]] std::vector<SourceMapEntry>::const_iterator lower_bound(const ObjectKey& key) const {
    return std::lower_bound(
        entries_.begin(), entries_.end(), key,
        [](const SourceMapEntry& e, const ObjectKey& k) { return e.key < k; });
  }

  std::vector<SourceMapEntry> entries_;
};

}  // namespace schemac::ir
