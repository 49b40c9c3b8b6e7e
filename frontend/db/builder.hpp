// Internal to frontend/db: the state the passes of build_database share, and the passes.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "frontend/ast.hpp"
#include "frontend/db/database.hpp"
#include "support/diagnostic.hpp"
#include "support/source_manager.hpp"

namespace schemac::frontend::db {

// Where an item of the Database came from: the AST nodes later passes and the rules need.
struct ModelSource {
  const ast::Model* model = nullptr;
  std::vector<const ast::Field*> fields;  // parallel to Model::fields
  // (name, field) sorted by name, the names viewing the AST: see find_field.
  std::vector<std::pair<std::string_view, FieldId>> sorted_names;
};

// The field called `name`, by binary search: O(log n) in fields, where Model::find_field scans
// them (the passes look fields up inside loops over fields, indexes and relations).
[[nodiscard]] std::optional<FieldId> find_field(const ModelSource& source, std::string_view name);

struct EnumSource {
  const ast::Enum* enm = nullptr;
  std::vector<const ast::EnumValue*> values;
};

struct Builder {
  const ast::Schema& schema;
  const SourceManager& sources;
  Diagnostics& diags;
  Database db;

  std::vector<ModelSource> model_sources;  // parallel to db.models
  std::vector<EnumSource> enum_sources;    // parallel to db.enums
  std::vector<ModelSource> composite_sources;  // parallel to db.composite_types
  const ast::ConfigBlock* datasource_block = nullptr;

  // The tops namespace (models, views, enums, composite types) filled by the names pass.
  enum class TopKind { Model, View, Enum, CompositeType };
  struct TopEntry {
    TopKind kind;
    std::uint32_t index;
  };
  // Keys view the AST's text. Only looked up, never iterated (so no order reaches a message):
  // O(1) a lookup, where a std::map compared long common prefixes (`Model1234`) for every
  // relation, enum and composite field.
  std::unordered_map<std::string_view, TopEntry> tops;
};

// Passes, in the order build_database runs them. Each pushes its diagnostics.
void read_configuration(Builder& b, Diagnostics& config_diags);
void resolve_names(Builder& b);
void resolve_types(Builder& b);
void resolve_attributes(Builder& b);
void infer_relations(Builder& b);
void compute_constraint_names(Builder& b);

// Attribute readers used by resolve_attributes (one file per attribute family).
class AttributeVisitor;
void read_field_default(Builder& b, ModelId model, FieldId field, AttributeVisitor& v);
void read_native_type(Builder& b, Field& field, const ast::Attribute& attribute);
void read_relation_attribute(Builder& b, ModelId model, FieldId field, AttributeVisitor& v);
void read_field_unique(Builder& b, ModelId model, FieldId field, AttributeVisitor& v);
void read_field_id(Builder& b, ModelId model, FieldId field, AttributeVisitor& v);
void read_model_id(Builder& b, ModelId model, AttributeVisitor& v);
void read_model_index(Builder& b, ModelId model, IndexKind kind, AttributeVisitor& v);

}  // namespace schemac::frontend::db
