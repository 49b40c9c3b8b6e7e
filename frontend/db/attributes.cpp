// The attributes pass (psl/parser-database/src/attributes.rs): reads every attribute of
// every field, model, view, enum and composite type, in Prisma's order, reporting unknown,
// repeated and misused ones. Index and id readers live in index_attributes.cpp, @default in
// default_value.cpp, @relation in relation_attribute.cpp.
#include <algorithm>
#include <map>

#include "frontend/db/attribute_visitor.hpp"
#include "frontend/db/builder.hpp"
#include "frontend/db/expression.hpp"
#include "frontend/validate/messages.hpp"

namespace schemac::frontend::db {
namespace {

// `@map("x")` / `@@map("x")`: the name, or nullopt after reporting.
std::optional<std::string_view> read_map(AttributeVisitor& v, Builder& b) {
  Diagnostics& diags = b.diags;
  const ast::Expression* value = v.default_argument("name");
  if (value == nullptr) {
    return std::nullopt;
  }
  auto name = coerce_stored_string(*value, b.db.text, diags);
  if (name && name->empty()) {
    diags.push(msg::empty_name_argument(v.current().span, v.current_display_name()));
    return std::nullopt;
  }
  return name;
}

std::optional<std::string_view> read_schema(AttributeVisitor& v, Builder& b, Span& span) {
  const ast::Expression* value = v.default_argument("map");
  if (value == nullptr) {
    return std::nullopt;
  }
  span = value->span;
  return coerce_stored_string(*value, b.db.text, b.diags);
}

bool has_map_attribute(const ast::Field& f) {
  return std::any_of(f.attributes.begin(), f.attributes.end(),
                     [](const ast::Attribute& a) { return a.name.name == "map"; });
}

void visit_relation_field(Builder& b, ModelId model_id, FieldId field_id, AttributeVisitor& v) {
  const ast::Field& ast_field = *b.model_sources[model_id].fields[field_id];
  Field& field = b.db.models[model_id].fields[field_id];
  if (ast_field.attributes.empty()) {
    return;  // every visit below would answer no, and finish() would report nothing
  }
  v.start(ast_field.attributes);

  if (v.visit_optional_single("relation")) {
    read_relation_attribute(b, model_id, field_id, v);
    v.validate_arguments();
  }
  if (v.visit_optional_single("id")) {
    b.diags.push(msg::relation_field_marked_id(v.current().span, field.name));
    v.discard_arguments();
  }
  if (v.visit_optional_single("ignore")) {
    field.is_ignored = true;
    v.validate_arguments();
  }
  if (v.visit_optional_single("default")) {
    b.diags.push(msg::default_on_relation_field(v.current().span));
    v.discard_arguments();
  }
  if (v.visit_optional_single("map")) {
    b.diags.push(msg::map_on_relation_field(v.current().span));
    (void)v.default_argument("name");
    v.discard_arguments();
  }
  if (v.visit_optional_single("unique")) {
    std::vector<std::string> suggested;
    if (field.relation_attribute && field.relation_attribute->fields) {
      for (FieldId f : *field.relation_attribute->fields) {
        suggested.emplace_back(b.db.models[model_id].fields[f].name);
      }
    }
    b.diags.push(msg::relation_field_marked_unique(v.current().span, field.name, suggested));
    v.discard_arguments();
  }
  v.finish();
}

void visit_scalar_field(Builder& b, ModelId model_id, FieldId field_id, AttributeVisitor& v,
                        std::map<std::string_view, FieldId>& mapped_names) {
  const ModelSource& source = b.model_sources[model_id];
  const ast::Field& ast_field = *source.fields[field_id];
  Model& model = b.db.models[model_id];
  Field& field = model.fields[field_id];
  if (ast_field.attributes.empty()) {
    return;  // every visit below would answer no, and finish() would report nothing
  }
  v.start(ast_field.attributes);

  if (v.visit_optional_single("map")) {
    if (auto name = read_map(v, b)) {
      const std::string_view container = model.is_view ? "view" : "model";
      auto [it, inserted] = mapped_names.try_emplace(*name, field_id);
      if (!inserted) {
        b.diags.push(msg::duplicate_field(ast_field.span, container, model.name, field.name));
      } else if (auto other = find_field(source, *name);
                 other && *other != field_id && !model.fields[*other].is_relation() &&
                 !has_map_attribute(*source.fields[*other])) {
        b.diags.push(msg::duplicate_field(ast_field.span, container, model.name, field.name));
      }
      field.mapped_name = name;
    }
    v.validate_arguments();
  }
  if (v.visit_optional_single("ignore")) {
    if (field.type.kind == FieldTypeKind::Unsupported) {
      b.diags.push(msg::ignore_on_unsupported(v.current().span));
    } else {
      field.is_ignored = true;
    }
    v.validate_arguments();
  }
  if (v.visit_optional_single("relation")) {
    b.diags.push(msg::relation_on_scalar_field(v.current().span));
    v.validate_arguments();
  }
  if (v.visit_optional_single("id")) {
    read_field_id(b, model_id, field_id, v);
    v.validate_arguments();
  }
  if (v.visit_optional_single("updatedAt")) {
    if (!(field.type.kind == FieldTypeKind::Scalar && field.type.scalar == ScalarType::DateTime)) {
      b.diags.push(msg::updated_at_not_datetime(v.current().span));
    }
    if (field.arity == Arity::List) {
      b.diags.push(msg::updated_at_on_list(v.current().span));
    }
    field.is_updated_at = true;
    v.validate_arguments();
  }
  if (v.visit_optional_single("default")) {
    read_field_default(b, model_id, field_id, v);
    v.validate_arguments();
  }
  if (field.type.kind == FieldTypeKind::Scalar) {
    if (const ast::Attribute* native = v.visit_datasource_scoped()) {
      read_native_type(b, field, *native);
    }
  }
  if (v.visit_optional_single("unique")) {
    read_field_unique(b, model_id, field_id, v);
    v.validate_arguments();
  }
  v.finish();
}

void visit_model(Builder& b, ModelId model_id, AttributeVisitor& v) {
  Model& model = b.db.models[model_id];
  const ModelSource& source = b.model_sources[model_id];
  std::map<std::string_view, FieldId> mapped_names;
  for (FieldId f = 0; f < model.fields.size(); ++f) {
    if (!model.fields[f].is_relation() && source.fields[f]->type) {
      visit_scalar_field(b, model_id, f, v, mapped_names);
    }
  }

  v.start_block(source.model->members);
  if (v.visit_optional_single("ignore")) {
    for (FieldId f = 0; f < model.fields.size(); ++f) {
      if (model.fields[f].is_ignored && !model.fields[f].is_relation()) {
        b.diags.push(msg::ignore_on_field_of_ignored_model(model.fields[f].span));
      }
    }
    model.is_ignored = true;
    v.validate_arguments();
  }
  if (v.visit_optional_single("id")) {
    read_model_id(b, model_id, v);
    v.validate_arguments();
  }
  if (v.visit_optional_single("map")) {
    model.mapped_name = read_map(v, b);
    model.mapped_name_span = v.current().span;
    v.validate_arguments();
  }
  if (v.visit_optional_single("schema")) {
    model.schema = read_schema(v, b, model.schema_span);
    v.validate_arguments();
  }
  while (v.visit_repeated("index")) {
    read_model_index(b, model_id, IndexKind::Normal, v);
    v.validate_arguments();
  }
  while (v.visit_repeated("unique")) {
    read_model_index(b, model_id, IndexKind::Unique, v);
    v.validate_arguments();
  }
  while (v.visit_repeated("fulltext")) {
    read_model_index(b, model_id, IndexKind::Fulltext, v);
    v.validate_arguments();
  }
  // Prisma checks id arity after the block attributes, because `@@ignore` excuses it.
  if (!model.is_ignored && model.primary_key && model.primary_key->source_field &&
      model.fields[*model.primary_key->source_field].arity != Arity::Required) {
    b.diags.push(msg::id_field_not_required(model.primary_key->span));
  }
  v.finish();
}

void visit_enum(Builder& b, EnumId enum_id, AttributeVisitor& v) {
  Enum& enm = b.db.enums[enum_id];
  const EnumSource& source = b.enum_sources[enum_id];
  for (std::size_t i = 0; i < source.values.size(); ++i) {
    v.start(source.values[i]->attributes);
    if (v.visit_optional_single("map")) {
      enm.values[i].mapped_name = read_map(v, b);
      v.validate_arguments();
    }
    v.finish();
  }
  v.start_block(source.enm->members);
  if (v.visit_optional_single("map")) {
    enm.mapped_name = read_map(v, b);
    v.validate_arguments();
  }
  if (v.visit_optional_single("schema")) {
    enm.schema = read_schema(v, b, enm.schema_span);
    v.validate_arguments();
  }
  v.finish();
}

void visit_composite_type(Builder& b, CompositeId id, AttributeVisitor& v) {
  CompositeType& ct = b.db.composite_types[id];
  const ModelSource& source = b.composite_sources[id];
  for (std::size_t i = 0; i < ct.fields.size(); ++i) {
    Field& field = ct.fields[i];
    v.start(source.fields[i]->attributes);
    if (field.type.kind == FieldTypeKind::Scalar) {
      if (const ast::Attribute* native = v.visit_datasource_scoped()) {
        read_native_type(b, field, *native);
      }
    }
    if (v.visit_optional_single("map")) {
      field.mapped_name = read_map(v, b);
      v.validate_arguments();
    }
    if (v.visit_optional_single("default")) {
      // Composite types exist on MongoDB only; SQL providers reject the whole type later.
      v.discard_arguments();
    }
    v.finish();
  }
  // Block attributes on composite types are not read by Prisma: all unknown.
  v.start_block(source.model->members);
  v.finish();
}

}  // namespace

void resolve_attributes(Builder& b) {
  AttributeVisitor v(b.sources, b.diags);
  // Relation fields first, all models together, as Prisma does.
  for (ModelId m = 0; m < b.db.models.size(); ++m) {
    for (FieldId f = 0; f < b.db.models[m].fields.size(); ++f) {
      if (b.db.models[m].fields[f].is_relation()) {
        visit_relation_field(b, m, f, v);
      }
    }
  }
  // Then each top in source order.
  std::uint32_t model_index = 0;
  std::uint32_t composite_index = 0;
  std::uint32_t enum_index = 0;
  for (const auto& file : b.schema.files) {
    for (const auto& top : file.tops) {
      if (const auto* m = std::get_if<ast::Model>(&top)) {
        if (m->kind == ast::ModelKind::CompositeType) {
          visit_composite_type(b, composite_index++, v);
        } else {
          visit_model(b, model_index++, v);
        }
      } else if (std::holds_alternative<ast::Enum>(top)) {
        visit_enum(b, enum_index++, v);
      }
    }
  }
}

}  // namespace schemac::frontend::db
