// Rules about models, views, enums and composite types as a whole
// (psl-core validations/models.rs, composite_types.rs, autoincrement.rs, enums.rs).
#include <algorithm>

#include "frontend/validate/messages.hpp"
#include "frontend/validate/rules.hpp"

namespace schemac::frontend::rules {
namespace {

bool fields_are_required_and_supported(const db::Model& model,
                                       const std::vector<db::IndexField>& fields) {
  return !fields.empty() && std::all_of(fields.begin(), fields.end(), [&](const auto& f) {
    const db::Field& field = model.fields[f.field];
    return field.arity == db::Arity::Required &&
           field.type.kind != db::FieldTypeKind::Unsupported;
  });
}

bool schema_is_declared(const db::Database& db, std::string_view schema) {
  if (!db.datasource) {
    return false;
  }
  const auto& schemas = db.datasource->schemas;
  return std::find(schemas.begin(), schemas.end(), schema) != schemas.end();
}

}  // namespace

void composite_types_are_supported(Context& ctx) {
  if (ctx.connector.supports_composite_types) {
    return;
  }
  for (const auto& ct : ctx.db.composite_types) {
    ctx.diags.push(msg::composite_types_not_supported(ct.span, ctx.connector.display_name));
  }
}

void model_has_a_strict_unique_criterion(Context& ctx, db::ModelId m) {
  const db::Model& model = ctx.db.models[m];
  if (model.is_ignored || model.is_view) {
    return;
  }
  if (model.primary_key && fields_are_required_and_supported(model, model.primary_key->fields)) {
    return;
  }
  for (const auto& index : model.indexes) {
    if (index.kind == db::IndexKind::Unique && fields_are_required_and_supported(model, index.fields)) {
      return;
    }
  }
  std::vector<std::string> loose;
  auto describe = [&](const std::vector<db::IndexField>& fields) {
    std::string out = "- ";
    for (std::size_t i = 0; i < fields.size(); ++i) {
      out += i > 0 ? ", " : "";
      out += model.fields[fields[i].field].name;
    }
    loose.push_back(out);
  };
  if (model.primary_key) {
    describe(model.primary_key->fields);
  }
  for (const auto& index : model.indexes) {
    if (index.kind == db::IndexKind::Unique) {
      describe(index.fields);
    }
  }
  ctx.diags.push(msg::model_without_unique_criteria(model.span, model.name, loose));
}

void view_has_no_keys_or_indexes(Context& ctx, db::ModelId m) {
  const db::Model& model = ctx.db.models[m];
  if (!model.is_view) {
    return;
  }
  // Prisma 6.19 (psl-core validations/views.rs): views are not tables; keys and indexes
  // would never exist in the database.
  if (model.primary_key) {
    ctx.diags.push(msg::view_with_primary_key(model.primary_key->span));
  }
  for (const auto& index : model.indexes) {
    if (index.kind != db::IndexKind::Unique) {
      ctx.diags.push(msg::view_with_index(index.span));
      continue;
    }
    if (index.mapped_name) {
      ctx.diags.push(msg::view_unique_with_map(index.span));
    }
    if (index.clustered) {
      ctx.diags.push(msg::view_unique_clustered(index.span));
    }
    const bool has_arguments = std::any_of(index.fields.begin(), index.fields.end(), [](const auto& f) {
      return f.sort || f.length || f.ops;
    });
    if (has_arguments && !index.source_field) {
      ctx.diags.push(msg::view_unique_field_arguments(index.span, "@@unique"));
    }
  }
}

void primary_key_is_supported(Context& ctx, db::ModelId m) {
  const db::Model& model = ctx.db.models[m];
  if (!model.primary_key) {
    return;
  }
  const db::PrimaryKey& pk = *model.primary_key;
  const std::string_view attribute = pk.source_field ? "@id" : "@@id";
  if (pk.clustered && !ctx.connector.supports_clustering) {
    ctx.diags.push(msg::clustering_not_supported(pk.span, attribute));
  }
  const bool has_length = std::any_of(pk.fields.begin(), pk.fields.end(),
                                      [](const auto& f) { return f.length.has_value(); });
  if (has_length && !ctx.connector.supports_index_length) {
    ctx.diags.push(msg::length_not_supported(pk.span, attribute));
  }
}

void autoincrement_is_supported(Context& ctx, db::ModelId m) {
  const db::Model& model = ctx.db.models[m];
  std::vector<db::FieldId> fields;
  for (db::FieldId f = 0; f < model.fields.size(); ++f) {
    const auto& d = model.fields[f].default_value;
    if (d && d->kind == db::DefaultKind::Autoincrement) {
      fields.push_back(f);
    }
  }
  if (fields.empty()) {
    return;
  }
  if (fields.size() > 1 && !ctx.connector.autoincrement_multiple_allowed) {
    ctx.diags.push(msg::autoincrement_more_than_once(model.span, model.name));
  }
  for (db::FieldId f : fields) {
    const bool is_single_pk = model.primary_key && model.primary_key->fields.size() == 1 &&
                              model.primary_key->fields.front().field == f;
    if (!ctx.connector.autoincrement_allowed_on_non_id && !is_single_pk) {
      ctx.diags.push(msg::autoincrement_on_non_id(model.fields[f].span));
    }
    // Indexed: the first column of the primary key or of an index.
    const bool indexed =
        (model.primary_key && model.primary_key->fields.front().field == f) ||
        std::any_of(model.indexes.begin(), model.indexes.end(), [&](const db::Index& i) {
          return !i.fields.empty() && i.fields.front().field == f;
        });
    if (!ctx.connector.autoincrement_non_indexed_allowed && !indexed) {
      ctx.diags.push(msg::autoincrement_not_on_indexed_field(model.fields[f].span, model.name));
    }
  }
}

void model_has_schema_attribute(Context& ctx, db::ModelId m) {
  const db::Model& model = ctx.db.models[m];
  if (model.schema) {
    if (!schema_is_declared(ctx.db, *model.schema)) {
      ctx.diags.push(msg::schema_not_defined(model.schema_span));
    }
    return;
  }
  if (ctx.db.datasource && ctx.db.datasource->schemas_span && ctx.connector.supports_multi_schema &&
      !ctx.db.datasource->schemas.empty()) {
    ctx.diags.push(msg::schema_attribute_missing(model.span, container_of(model), model.name));
  }
}

void enum_has_schema_attribute(Context& ctx, db::EnumId e) {
  const db::Enum& enm = ctx.db.enums[e];
  if (enm.schema) {
    if (!schema_is_declared(ctx.db, *enm.schema)) {
      ctx.diags.push(msg::schema_not_defined(enm.schema_span));
    }
    return;
  }
  if (ctx.db.datasource && ctx.db.datasource->schemas_span && ctx.connector.supports_multi_schema &&
      !ctx.db.datasource->schemas.empty()) {
    ctx.diags.push(msg::schema_attribute_missing(enm.span, "enum", enm.name));
  }
}

}  // namespace schemac::frontend::rules
