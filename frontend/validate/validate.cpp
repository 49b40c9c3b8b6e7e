// The dispatcher: builds the resolved schema, then runs every rule family in Prisma's order
// (psl-core validate/validation_pipeline/validations.rs). Rules run only when resolving
// found no error, as Prisma's pipeline returns early so rules never see a broken schema.
#include "frontend/validate/validate.hpp"

#include "frontend/db/build.hpp"
#include "frontend/validate/rules.hpp"

namespace schemac::frontend {
namespace {

void run_rules(rules::Context& ctx) {
  const db::Database& db = ctx.db;
  rules::preview_features_are_current(ctx);
  rules::views_are_enabled(ctx);
  rules::composite_types_are_supported(ctx);
  rules::models_have_unique_database_names(ctx);
  rules::enums_have_unique_database_names(ctx);
  rules::default_functions_are_known(ctx);

  for (db::ModelId m = 0; m < db.models.size(); ++m) {
    const db::Model& model = db.models[m];
    rules::model_has_a_strict_unique_criterion(ctx, m);
    rules::view_has_no_keys_or_indexes(ctx, m);
    rules::primary_key_is_supported(ctx, m);
    rules::constraint_names_are_unique(ctx, m);
    rules::mapped_names_fit_the_identifier_limit(ctx, m);
    rules::autoincrement_is_supported(ctx, m);
    for (db::FieldId f = 0; f < model.fields.size(); ++f) {
      if (model.fields[f].is_relation()) {
        continue;
      }
      rules::scalar_field_is_supported(ctx, m, f);
      rules::native_type_is_valid(ctx, m, f);
      rules::default_value_is_valid(ctx, m, f);
      rules::default_literal_parses_as_its_type(ctx, m, f);
      rules::unsupported_type_is_not_a_native_type(ctx, m, f);
    }
    // Prisma stops the whole validation at the first ambiguous relation, not to spam.
    if (!rules::relation_fields_are_unambiguous(ctx, m)) {
      return;
    }
    for (db::FieldId f = 0; f < model.fields.size(); ++f) {
      if (model.fields[f].is_relation()) {
        rules::relation_field_is_valid(ctx, m, f);
      }
    }
    for (std::size_t i = 0; i < model.indexes.size(); ++i) {
      rules::index_is_supported(ctx, m, i);
      rules::operator_classes_fit_the_index(ctx, m, i);
    }
  }

  for (db::ModelId m = 0; m < db.models.size(); ++m) {
    rules::model_has_schema_attribute(ctx, m);
  }
  for (db::EnumId e = 0; e < db.enums.size(); ++e) {
    rules::enum_has_schema_attribute(ctx, e);
  }
  rules::schemas_are_supported(ctx);

  for (const db::Relation& r : db.relations) {
    rules::relation_is_valid(ctx, r);
  }
}

}  // namespace

ValidatedSchema validate(const ast::Schema& schema, const SourceManager& sources,
                         Diagnostics& diags) {
  ValidatedSchema out;
  out.database = db::build_database(schema, sources, diags);
  // Syntax errors already in `diags` count too: Prisma's pipeline stops at any error.
  if (!diags.has_errors()) {
    rules::Context ctx{out.database, connector_for(out.database.provider()),
                       out.database.relation_mode(), diags,
                       rules::count_constraint_names(out.database)};
    run_rules(ctx);
  }
  out.valid = !diags.has_errors();
  return out;
}

}  // namespace schemac::frontend
