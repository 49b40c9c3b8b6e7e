// Reader of `@relation(name, fields: [...], references: [...], onDelete, onUpdate, map)`
// (psl/parser-database/src/attributes.rs, visit_relation) and of `@db.X(args)`.
#include <algorithm>

#include "frontend/db/attribute_visitor.hpp"
#include "frontend/db/builder.hpp"
#include "frontend/db/expression.hpp"
#include "frontend/validate/messages.hpp"

namespace schemac::frontend::db {
namespace {

struct ResolvedNames {
  std::vector<FieldId> ids;
  std::vector<std::string> unknown;
  std::vector<std::string> relation_fields;
  bool dealt_with = false;  // an error was already reported
};

ResolvedNames resolve_names(Builder& b, ModelId model_id, const ast::Expression& e,
                            Span attribute_span) {
  const Model& model = b.db.models[model_id];
  ResolvedNames out;
  auto names = coerce_constant_array(e, b.diags);
  if (!names) {
    out.dealt_with = true;
    return out;
  }
  for (const auto& n : *names) {
    auto id = n.find('.') == std::string_view::npos ? find_field(b.model_sources[model_id], n)
                                                    : std::nullopt;
    if (!id) {
      out.unknown.emplace_back(n);
      continue;
    }
    if (model.fields[*id].is_relation()) {
      out.relation_fields.emplace_back(n);
      continue;
    }
    if (std::find(out.ids.begin(), out.ids.end(), *id) != out.ids.end()) {
      b.diags.push(msg::index_field_repeated(attribute_span, model.name, n));
      out.dealt_with = true;
      return out;
    }
    out.ids.push_back(*id);
  }
  return out;
}

std::optional<ReferentialAction> read_action(Builder& b, const ast::Expression& e) {
  auto c = coerce_constant(e, b.diags);
  if (!c) {
    return std::nullopt;
  }
  static constexpr std::pair<std::string_view, ReferentialAction> kActions[] = {
      {"Cascade", ReferentialAction::Cascade},   {"Restrict", ReferentialAction::Restrict},
      {"NoAction", ReferentialAction::NoAction}, {"SetNull", ReferentialAction::SetNull},
      {"SetDefault", ReferentialAction::SetDefault}};
  for (const auto& [n, a] : kActions) {
    if (n == *c) {
      return a;
    }
  }
  b.diags.push(msg::invalid_referential_action(e.span, *c));
  return std::nullopt;
}

}  // namespace

void read_relation_attribute(Builder& b, ModelId model_id, FieldId field_id,
                             AttributeVisitor& v) {
  const Model& model = b.db.models[model_id];
  const ModelId referenced_id = model.fields[field_id].type.target;
  const Model& referenced = b.db.models[referenced_id];
  const Span span = v.current().span;
  RelationAttribute r;
  r.span = span;
  r.mapped_name_span = span;

  if (const ast::Expression* fields = v.optional_argument("fields")) {
    auto resolved = resolve_names(b, model_id, *fields, span);
    if (!resolved.unknown.empty()) {
      b.diags.push(msg::relation_fields_unknown(fields->span, resolved.unknown));
    }
    if (!resolved.relation_fields.empty()) {
      b.diags.push(msg::relation_fields_not_scalar(fields->span, resolved.relation_fields));
    }
    const bool ok = !resolved.dealt_with && resolved.unknown.empty() &&
                    resolved.relation_fields.empty();
    r.fields = ok ? resolved.ids : std::vector<FieldId>{};
  }
  if (const ast::Expression* references = v.optional_argument("references")) {
    auto resolved = resolve_names(b, referenced_id, *references, span);
    if (!resolved.unknown.empty()) {
      b.diags.push(msg::relation_references_unknown(span, referenced.name, resolved.unknown));
    }
    if (!resolved.relation_fields.empty()) {
      b.diags.push(
          msg::relation_references_not_scalar(span, referenced.name, resolved.relation_fields));
    }
    std::vector<std::string_view> names;
    if (!resolved.dealt_with && resolved.unknown.empty() && resolved.relation_fields.empty()) {
      for (FieldId id : resolved.ids) {
        names.push_back(referenced.fields[id].name);
      }
    }
    r.references = std::move(names);
  }
  if (const ast::Expression* name = v.optional_default_argument("name")) {
    if (auto s = coerce_stored_string(*name, b.db.text, b.diags)) {
      if (s->empty()) {
        b.diags.push(msg::relation_name_empty(span));
      } else {
        r.name = s;
      }
    }
  }
  if (const ast::Expression* on_delete = v.optional_argument("onDelete")) {
    r.on_delete = read_action(b, *on_delete);
    r.on_delete_span = on_delete->span;
    r.on_delete_argument_span = v.last_argument_span();
  }
  if (const ast::Expression* on_update = v.optional_argument("onUpdate")) {
    r.on_update = read_action(b, *on_update);
    r.on_update_span = on_update->span;
    r.on_update_argument_span = v.last_argument_span();
  }
  if (const ast::Expression* map = v.optional_argument("map")) {
    if (auto s = coerce_stored_string(*map, b.db.text, b.diags)) {
      if (s->empty()) {
        b.diags.push(msg::empty_map_argument(span, v.current_display_name()));
      } else {
        r.mapped_name = s;
        r.mapped_name_span = v.last_argument_span();
      }
    }
  }
  b.db.models[model_id].fields[field_id].relation_attribute = std::move(r);
}

void read_native_type(Builder& b, Field& field, const ast::Attribute& attribute) {
  const auto full = attribute.name.name;
  const auto dot = full.find('.');
  NativeType nt;
  nt.prefix = full.substr(0, dot);
  nt.name = full.substr(dot + 1);
  nt.span = attribute.span;
  if (attribute.arguments) {
    for (const auto& a : attribute.arguments->arguments) {
      const ast::Expression* value = argument_value(a);
      if (value == nullptr) {
        continue;
      }
      // Prisma keeps native type arguments as text; strings keep their value.
      auto s = stored_string(*value, b.db.text);
      nt.arguments.push_back(s ? *s : b.db.text.keep(expression_text(*value)));
    }
  }
  field.native_type = std::move(nt);
}

}  // namespace schemac::frontend::db
