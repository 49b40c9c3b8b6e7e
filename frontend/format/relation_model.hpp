// A light, formatter-only resolution of models, relation fields and 1:1 / 1:n relations, after
// Prisma's parser database (psl/parser-database/src/relations.rs), for adding missing relation
// fields. Kept here on purpose: the formatter must not wait for frontend/db/.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "frontend/ast.hpp"

namespace schemac::frontend::format {

struct ModelInfo {
  const ast::Model* model = nullptr;
  std::size_t file = 0;     // index into ast::Schema::files
  std::string_view source;  // the text of that file
  std::vector<const ast::Field*> fields;
  std::vector<bool> is_relation_field;                  // parallel to `fields`
  std::optional<std::vector<std::size_t>> primary_key;  // field indices
  // Unique criteria after the primary key, in Prisma's order: `@unique` fields in field order,
  // then `@@unique` in written order (ModelWalker::unique_criterias).
  std::vector<std::vector<std::size_t>> unique_indexes;
  bool ignored = false;  // @@ignore
};

struct RelationFieldInfo {
  std::size_t model = 0;  // index into RelationModel::models
  std::size_t field = 0;  // index into that model's fields
  std::size_t referenced_model = 0;
  std::optional<std::string_view> name;                // the relation name, unquoted
  std::optional<std::vector<std::size_t>> fields;      // `fields:` in the own model
  std::optional<std::vector<std::size_t>> references;  // `references:` in the referenced model
  const ast::Attribute* relation_attribute = nullptr;
};

// A 1:1 or 1:n relation. Model A holds (or should hold) the foreign key; either field may be
// missing from the schema, which is what the formatter repairs.
struct InlineRelation {
  std::size_t referencing_model = 0;   // model A
  std::size_t referenced_model = 0;    // model B
  std::optional<std::size_t> forward;  // relation field on A (index into relation_fields)
  std::optional<std::size_t> back;     // relation field on B
  bool one_to_one = false;
};

struct RelationModel {
  std::vector<ModelInfo> models;
  std::vector<RelationFieldInfo> relation_fields;  // ordered by model, then field
  std::vector<InlineRelation> inline_relations;    // in Prisma's relation storage order

  [[nodiscard]] const ast::Field& field(const RelationFieldInfo& rf) const {
    return *models[rf.model].fields[rf.field];
  }

  // The first unique criterion (primary key first), strict or not.
  [[nodiscard]] const std::vector<std::size_t>* first_unique_criterion(std::size_t model) const;
  // The first criterion without optional or Unsupported fields.
  [[nodiscard]] const std::vector<std::size_t>* first_strict_criterion(std::size_t model) const;
};

// Resolves models, relation fields and inline relations. Meant for schemas that pass
// schema_has_resolution_errors(): on others the result is incomplete but harmless.
[[nodiscard]] RelationModel resolve_relations(const std::vector<std::string_view>& sources,
                                              const ast::Schema& schema);

// The fields named by an array argument such as `fields: [a, b]`; nullopt when the expression
// is not an array of plain names or a name is not a field of the model.
[[nodiscard]] std::optional<std::vector<std::size_t>> resolve_field_names(
    const ast::Expression& expression, const std::vector<const ast::Field*>& fields);

// The value of argument `name` of an attribute (or its unnamed first argument when
// `default_position` is set), nullptr when absent.
[[nodiscard]] const ast::Expression* attribute_argument(const ast::Attribute& attribute,
                                                        std::string_view name,
                                                        bool default_position = false);

}  // namespace schemac::frontend::format
