// Internal to frontend/validate: the context every rule reads, and the rule families the
// dispatcher (validate.cpp) calls in Prisma's order
// (psl-core validate/validation_pipeline/validations.rs).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "frontend/db/database.hpp"
#include "frontend/validate/connector.hpp"
#include "support/diagnostic.hpp"

namespace schemac::frontend::rules {

// Every constraint name in its namespace (name_rules.cpp), gathered once; when some name
// repeats, sorted, so that asking about one is a binary search: O(n log n) in keys, indexes and
// foreign keys in all. When none repeats (a valid schema) building is O(n) and every answer
// O(1). The views point into the Database, which outlives the Context.
struct ConstraintNameCounts {
  std::vector<std::pair<std::string_view, std::string_view>> global;  // (schema, name)
  std::vector<std::pair<db::ModelId, std::string_view>> model;        // (model, name)
  bool global_has_repeats = false;  // some entry of `global` appears twice
  bool model_has_repeats = false;

  // Whether the name appears more than once in its namespace.
  [[nodiscard]] bool is_repeated_globally(std::string_view schema, std::string_view name) const;
  [[nodiscard]] bool is_repeated_in_model(db::ModelId model, std::string_view name) const;
};

[[nodiscard]] ConstraintNameCounts count_constraint_names(const db::Database& db);

struct Context {
  const db::Database& db;
  const Connector& connector;
  db::RelationMode relation_mode;
  Diagnostics& diags;
  ConstraintNameCounts names;
};

// "model" or "view".
[[nodiscard]] inline std::string_view container_of(const db::Model& m) {
  return m.is_view ? "view" : "model";
}

// The attribute that declared an index, as messages name it: "@unique", "@@unique",
// "@@index" or "@@fulltext".
[[nodiscard]] inline std::string_view index_attribute(const db::Index& index) {
  if (index.source_field) {
    return "@unique";
  }
  switch (index.kind) {
    case db::IndexKind::Unique:
      return "@@unique";
    case db::IndexKind::Normal:
      return "@@index";
    case db::IndexKind::Fulltext:
      return "@@fulltext";
  }
  return "@@index";
}

// datasource_rules.cpp
void preview_features_are_current(Context& ctx);
void views_are_enabled(Context& ctx);
void schemas_are_supported(Context& ctx);

// name_rules.cpp
void models_have_unique_database_names(Context& ctx);
void enums_have_unique_database_names(Context& ctx);
void constraint_names_are_unique(Context& ctx, db::ModelId model);
void relation_constraint_names_are_unique(Context& ctx, const db::Relation& relation);
void mapped_names_fit_the_identifier_limit(Context& ctx, db::ModelId model);

// model_rules.cpp
void composite_types_are_supported(Context& ctx);
void model_has_a_strict_unique_criterion(Context& ctx, db::ModelId model);
void primary_key_is_supported(Context& ctx, db::ModelId model);
void autoincrement_is_supported(Context& ctx, db::ModelId model);
void model_has_schema_attribute(Context& ctx, db::ModelId model);
void enum_has_schema_attribute(Context& ctx, db::EnumId enm);
void view_has_no_keys_or_indexes(Context& ctx, db::ModelId model);

// field_rules.cpp
void default_functions_are_known(Context& ctx);
void scalar_field_is_supported(Context& ctx, db::ModelId model, db::FieldId field);
void native_type_is_valid(Context& ctx, db::ModelId model, db::FieldId field);
void default_value_is_valid(Context& ctx, db::ModelId model, db::FieldId field);

// default_rules.cpp
void default_literal_parses_as_its_type(Context& ctx, db::ModelId model, db::FieldId field);
void unsupported_type_is_not_a_native_type(Context& ctx, db::ModelId model, db::FieldId field);

// index_rules.cpp
void index_is_supported(Context& ctx, db::ModelId model, std::size_t index);
void operator_classes_fit_the_index(Context& ctx, db::ModelId model, std::size_t index);

// relation_rules.cpp
// False when the relation fields of `model` are ambiguous: Prisma then stops validating.
[[nodiscard]] bool relation_fields_are_unambiguous(Context& ctx, db::ModelId model);
void relation_field_is_valid(Context& ctx, db::ModelId model, db::FieldId field);
void relation_is_valid(Context& ctx, const db::Relation& relation);

}  // namespace schemac::frontend::rules
