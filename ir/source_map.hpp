// Where each IR object came from in the schema source: spans live here, never in the IR.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

#include "support/span.hpp"

// Lowering fills it; lint and diagnostics look places up by the object's database names. An
// introspected schema has an empty map. Keys are ordered (std::map), so iteration is
// deterministic; lookups are O(log n).
namespace schemac::ir {

enum class ObjectKind { Table, Column, PrimaryKey, Index, ForeignKey, Enum, EnumValue };

struct ObjectKey {
  ObjectKind kind = ObjectKind::Table;
  std::string schema_name;  // namespace of the table or enum; "" = default
  std::string owner;        // table (or enum) name
  std::string name;         // column, index, constraint or enum value; "" for the owner itself
  auto operator<=>(const ObjectKey&) const = default;
};

class SourceMap {
 public:
  // Records where an object was declared; a second record for the same key is ignored (the
  // first declaration is the one to point at).
  void add(ObjectKey key, Span span) { spans_.emplace(std::move(key), span); }

  [[nodiscard]] std::optional<Span> find(const ObjectKey& key) const {
    const auto it = spans_.find(key);
    if (it == spans_.end()) {
      return std::nullopt;
    }
    return it->second;
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

  [[nodiscard]] std::size_t size() const { return spans_.size(); }

  [[nodiscard]] const std::map<ObjectKey, Span>& entries() const { return spans_; }

 private:
  std::map<ObjectKey, Span> spans_;
};

}  // namespace schemac::ir
