// Rules about relations (psl-core validations/relation_fields.rs, relations.rs,
// relations/one_to_one.rs, one_to_many.rs, many_to_many/implicit.rs).
#include <algorithm>
#include <string_view>
#include <tuple>
#include <vector>

#include "frontend/validate/messages.hpp"
#include "frontend/validate/rules.hpp"

namespace schemac::frontend::rules {
namespace {

using db::Field;
using db::Model;
using db::Relation;

bool has_fields(const Field& f) {
  return f.relation_attribute && f.relation_attribute->fields &&
         !f.relation_attribute->fields->empty();
}

bool has_references(const Field& f) {
  return f.relation_attribute && f.relation_attribute->references &&
         !f.relation_attribute->references->empty();
}

bool has_actions(const Field& f) {
  return f.relation_attribute &&
         (f.relation_attribute->on_delete.has_value() || f.relation_attribute->on_update.has_value());
}

bool criterion_is(const Model& model, const std::vector<db::IndexField>& criterion,
                  std::vector<db::FieldId> fields) {
  std::vector<db::FieldId> c;
  for (const auto& f : criterion) {
    c.push_back(f.field);
  }
  std::sort(c.begin(), c.end());
  std::sort(fields.begin(), fields.end());
  (void)model;
  return c == fields;
}

// Fields `fields` of `model` form exactly a unique criterion (primary key or unique).
bool is_unique_criterion(const Model& model, const std::vector<db::FieldId>& fields) {
  if (model.primary_key && criterion_is(model, model.primary_key->fields, fields)) {
    return true;
  }
  return std::any_of(model.indexes.begin(), model.indexes.end(), [&](const db::Index& i) {
    return i.kind == db::IndexKind::Unique && criterion_is(model, i.fields, fields);
  });
}

std::vector<std::string> names_of(const Model& model, const std::vector<db::FieldId>& ids) {
  std::vector<std::string> out;
  for (auto id : ids) {
    out.emplace_back(model.fields[id].name);
  }
  return out;
}

bool same_type(const Field& a, const Field& b) {
  if (a.type.kind != b.type.kind) {
    return false;
  }
  switch (a.type.kind) {
    case db::FieldTypeKind::Scalar: return a.type.scalar == b.type.scalar;
    case db::FieldTypeKind::Enum:
    case db::FieldTypeKind::Composite: return a.type.target == b.type.target;
    case db::FieldTypeKind::Unsupported: return a.type.unsupported == b.type.unsupported;
    default: return false;
  }
}

void set_null_is_allowed(Context& ctx, const Relation& r) {
  const Field& forward = ctx.db.field(r.referencing);
  if (!forward.relation_attribute) {
    return;
  }
  const Model& model = ctx.db.models[r.referencing_model];
  const bool any_required = std::any_of(r.fields.begin(), r.fields.end(), [&](db::FieldId f) {
    return model.fields[f].arity == db::Arity::Required;
  });
  if (!any_required) {
    return;
  }
  // PostgreSQL with foreign keys only warns (Prisma keeps old schemas working there).
  const bool warn_only = ctx.db.provider() == db::Provider::PostgreSql &&
                         ctx.relation_mode == db::RelationMode::ForeignKeys;
  const auto& attr = *forward.relation_attribute;
  for (const auto& [action, name] : {std::pair{attr.on_delete, "onDelete"},
                                     std::pair{attr.on_update, "onUpdate"}}) {
    if (action == db::ReferentialAction::SetNull) {
      ctx.diags.push(warn_only ? msg::relation_set_null_on_required_warning(forward.span, name)
                               : msg::relation_set_null_on_required(forward.span, name));
    }
  }
}

void inline_relation_is_valid(Context& ctx, const Relation& r) {
  const Model& referencing_model = ctx.db.models[r.referencing_model];
  const Model& referenced_model = ctx.db.models[r.referenced_model];
  const Field& forward = ctx.db.field(r.referencing);
  const Field* back = r.referenced ? &ctx.db.field(*r.referenced) : nullptr;
  const bool forward_is_list = forward.arity == db::Arity::List;

  // A lone list field is the back side of a 1:n whose forward side is missing.
  if (back == nullptr) {
    ctx.diags.push(msg::relation_missing_opposite_field(forward.span,
                                                        container_of(referencing_model),
                                                        referencing_model.name, forward.name,
                                                        referenced_model.name));
    if (forward_is_list) {
      return;
    }
  }

  if (!r.references.empty()) {
    if (!is_unique_criterion(referenced_model, r.references)) {
      ctx.diags.push(msg::relation_references_not_unique(
          forward.span, referenced_model.name, names_of(referenced_model, r.references)));
    }
  }
  if (has_fields(forward) && has_references(forward) && r.fields.size() != r.references.size()) {
    ctx.diags.push(msg::relation_fields_and_references_length(forward.relation_attribute->span));
  }
  if (forward.arity == db::Arity::Required && !r.fields.empty() &&
      std::any_of(r.fields.begin(), r.fields.end(), [&](db::FieldId f) {
        return referencing_model.fields[f].arity != db::Arity::Required;
      })) {
    ctx.diags.push(msg::relation_arity_mismatch(forward.span, container_of(referencing_model),
                                                referencing_model.name, forward.name,
                                                names_of(referencing_model, r.fields)));
  }
  for (std::size_t i = 0; i < r.fields.size() && i < r.references.size(); ++i) {
    const Field& a = referencing_model.fields[r.fields[i]];
    const Field& b = referenced_model.fields[r.references[i]];
    if (!same_type(a, b)) {
      ctx.diags.push(msg::relation_field_type_mismatch(forward.span, a.name, referencing_model.name,
                                                       b.name, referenced_model.name));
    }
  }
  relation_constraint_names_are_unique(ctx, r);
  if (back == nullptr) {
    return;
  }
  const Model& back_model = ctx.db.models[r.referenced->model];

  if (r.kind == db::RelationKind::OneToOne) {
    for (const auto& [missing, argument] :
         {std::pair{!has_fields(forward) && !has_fields(*back), "fields"},
          std::pair{!has_references(forward) && !has_references(*back), "references"}}) {
      if (missing) {
        ctx.diags.push(msg::relation_one_to_one_no_fields(forward.span, forward.name,
                                                          referencing_model.name, back->name,
                                                          back_model.name, argument));
        ctx.diags.push(msg::relation_one_to_one_no_fields(back->span, back->name, back_model.name,
                                                          forward.name, referencing_model.name,
                                                          argument));
      }
    }
    // Arguments on both sides make Prisma infer the relation from each side, so it reports
    // each problem from both perspectives, on both fields; `references` first.
    const bool both_fields = has_fields(forward) && has_fields(*back);
    const bool both_references = has_references(forward) && has_references(*back);
    if (both_fields || both_references) {
      const std::pair<const Field*, const Model*> sides[2][2] = {
          {{&forward, &referencing_model}, {back, &back_model}},
          {{back, &back_model}, {&forward, &referencing_model}}};
      const int perspectives = both_fields ? 2 : 1;
      for (int p = 0; p < perspectives; ++p) {
        const auto [a, am] = sides[p][0];
        const auto [b, bm] = sides[p][1];
        for (const auto& [both, argument] :
             {std::pair{both_references, "references"}, std::pair{both_fields, "fields"}}) {
          if (both) {
            for (const Field* at : {a, b}) {
              ctx.diags.push(msg::relation_one_to_one_both_sides_fields(
                  at->span, a->name, am->name, b->name, bm->name, argument));
            }
          }
        }
      }
    }
    if (has_actions(*back) && !has_actions(forward)) {
      ctx.diags.push(msg::relation_actions_on_back_side(back->span, "model", back_model.name,
                                                        back->name, forward.name,
                                                        referencing_model.name));
    }
    if (!r.fields.empty() && !is_unique_criterion(referencing_model, r.fields)) {
      ctx.diags.push(msg::relation_one_to_one_fields_not_unique(
          forward.span, container_of(referencing_model), referencing_model.name, forward.name,
          names_of(referencing_model, r.fields)));
    }
    if (!ctx.diags.has_errors() && back->arity == db::Arity::Required) {
      ctx.diags.push(msg::relation_one_to_one_back_side_required(
          back->span, "model", back_model.name, back->name, referencing_model.name));
    }
    return;
  }
  // One to many.
  if (!has_fields(forward)) {
    ctx.diags.push(msg::relation_fields_without_references(
        forward.span, "model", referencing_model.name, forward.name, "fields"));
  }
  if (!has_references(forward)) {
    ctx.diags.push(msg::relation_fields_without_references(
        forward.span, "model", referencing_model.name, forward.name, "references"));
  }
  if (has_fields(*back) || has_references(*back)) {
    ctx.diags.push(msg::relation_missing_fields_and_references(
        back->span, "model", back_model.name, back->name, forward.name, referencing_model.name));
  }
  if (has_actions(*back)) {
    ctx.diags.push(msg::relation_actions_on_back_side(back->span, "model", back_model.name,
                                                      back->name, forward.name,
                                                      referencing_model.name));
  }
}

void many_to_many_is_valid(Context& ctx, const Relation& r) {
  const db::FieldRef sides[] = {r.referencing, *r.referenced};
  for (const auto& side : sides) {
    const Model& model = ctx.db.models[side.model];
    const Model& target = ctx.db.models[ctx.db.field(side).type.target];
    if (model.is_view || target.is_view) {
      ctx.diags.push(msg::many_to_many_on_view(ctx.db.field(side).span));
    }
  }
  for (const auto& side : sides) {
    const Model& model = ctx.db.models[side.model];
    const Field& field = ctx.db.field(side);
    const Model& target = ctx.db.models[field.type.target];
    const bool single_id = target.primary_key && target.primary_key->fields.size() == 1;
    if (!single_id) {
      // Prisma words it with the related model's kind ("in view `User`" for a model User
      // pointing at a view), a quirk kept for identical messages.
      ctx.diags.push(msg::many_to_many_without_id(field.span, container_of(target), model.name,
                                                  field.name, target.name));
    }
  }
  for (const auto& side : sides) {
    const Field& field = ctx.db.field(side);
    if (!field.relation_attribute) {
      continue;
    }
    const Model& model = ctx.db.models[side.model];
    if (field.relation_attribute->on_delete) {
      ctx.diags.push(msg::many_to_many_referential_actions(field.relation_attribute->on_delete_span,
                                                           "model", model.name, field.name));
    }
    if (field.relation_attribute->on_update) {
      ctx.diags.push(msg::many_to_many_referential_actions(field.relation_attribute->on_update_span,
                                                           "model", model.name, field.name));
    }
  }
  for (const auto& side : sides) {
    const Field& field = ctx.db.field(side);
    if (field.relation_attribute && field.relation_attribute->references) {
      ctx.diags.push(msg::many_to_many_with_fields(field.span, "model",
                                                   ctx.db.models[side.model].name, field.name));
    }
  }
}

// Without foreign keys nothing indexes the referencing columns; Prisma warns unless an index,
// unique or primary key starts with them (psl-core relation_fields.rs, missing index warning).
void foreign_key_fields_are_indexed(Context& ctx, const Relation& r) {
  if (ctx.relation_mode != db::RelationMode::Prisma || r.fields.empty()) {
    return;
  }
  const Model& model = ctx.db.models[r.referencing_model];
  auto starts_with_fields = [&](const std::vector<db::IndexField>& index) {
    if (index.size() < r.fields.size()) {
      return false;
    }
    for (std::size_t i = 0; i < r.fields.size(); ++i) {
      if (index[i].field != r.fields[i]) {
        return false;
      }
    }
    return true;
  };
  if (model.primary_key && starts_with_fields(model.primary_key->fields)) {
    return;
  }
  for (const auto& index : model.indexes) {
    if (starts_with_fields(index.fields)) {
      return;
    }
  }
  ctx.diags.push(msg::relation_mode_prisma_missing_index(
      ctx.db.field(r.referencing).relation_attribute->span));
}

}  // namespace

bool relation_fields_are_unambiguous(Context& ctx, db::ModelId m) {
  const Model& model = ctx.db.models[m];
  // (target model, has a name, name, field), sorted: one run per group of fields that would
  // be the same relation, in declaration order. O(r log r) in relation fields, with no copy of
  // a name (this runs for every model).
  using Key = std::tuple<db::ModelId, bool, std::string_view, db::FieldId>;
  const auto key_of = [&](db::FieldId f) {
    const Field& field = model.fields[f];
    const bool named = field.relation_attribute && field.relation_attribute->name;
    return Key{field.type.target, named,
               named ? std::string_view(*field.relation_attribute->name) : std::string_view(),
               f};
  };
  std::vector<Key> keys;
  for (db::FieldId f = 0; f < model.fields.size(); ++f) {
    if (model.fields[f].is_relation()) {
      keys.push_back(key_of(f));
    }
  }
  std::sort(keys.begin(), keys.end());
  for (db::FieldId f = 0; f < model.fields.size(); ++f) {
    const Field& field = model.fields[f];
    if (!field.is_relation()) {
      continue;
    }
    Key first = key_of(f);
    std::get<3>(first) = 0;
    const auto begin = std::lower_bound(keys.begin(), keys.end(), first);
    auto end = begin;
    while (end != keys.end() && std::get<0>(*end) == std::get<0>(first) &&
           std::get<1>(*end) == std::get<1>(first) && std::get<2>(*end) == std::get<2>(first)) {
      ++end;
    }
    const auto count = end - begin;
    if (count < 2) {
      continue;
    }
    const bool named = std::get<1>(first);
    const bool self = field.type.target == m;
    if (named && self && count == 2) {
      continue;  // the two sides of one named self-relation
    }
    std::vector<db::FieldId> fields;
    for (auto it = begin; it != end; ++it) {
      fields.push_back(std::get<3>(*it));
    }
    ctx.diags.push(msg::relation_ambiguous(field.span, model.name, ctx.db.models[field.type.target].name,
                                           names_of(model, fields), named, self));
    return false;
  }
  return true;
}

void relation_field_is_valid(Context& ctx, db::ModelId m, db::FieldId f) {
  const Model& model = ctx.db.models[m];
  const Field& field = model.fields[f];
  const Model& target = ctx.db.models[field.type.target];
  if (target.is_ignored && !field.is_ignored && !model.is_ignored) {
    ctx.diags.push(msg::relation_to_ignored_model(field.span, container_of(model), model.name,
                                                  field.name, target.name));
  }
  if (!field.relation_attribute) {
    return;
  }
  const auto& attr = *field.relation_attribute;
  // Built only for a message: this runs for every relation field.
  const auto allowed = [&] {
    std::string out;
    for (auto a : {db::ReferentialAction::Cascade, db::ReferentialAction::Restrict,
                   db::ReferentialAction::NoAction, db::ReferentialAction::SetNull,
                   db::ReferentialAction::SetDefault}) {
      if (ctx.connector.supports_action(a, ctx.relation_mode)) {
        out += (out.empty() ? "`" : ", `") + std::string(referential_action_name(a)) + "`";
      }
    }
    return out;
  };
  if (attr.on_delete && !ctx.connector.supports_action(*attr.on_delete, ctx.relation_mode)) {
    ctx.diags.push(msg::referential_action_not_supported(
        attr.on_delete_argument_span, referential_action_name(*attr.on_delete), allowed()));
  }
  if (attr.on_update && !ctx.connector.supports_action(*attr.on_update, ctx.relation_mode)) {
    ctx.diags.push(msg::referential_action_not_supported(
        attr.on_update_argument_span, referential_action_name(*attr.on_update), allowed()));
  }
  if (field.relation) {
    const Relation& r = ctx.db.relations[*field.relation];
    if (r.kind != db::RelationKind::ImplicitManyToMany && r.referencing == db::FieldRef{m, f}) {
      set_null_is_allowed(ctx, r);
      foreign_key_fields_are_indexed(ctx, r);
    }
  }
}

void relation_is_valid(Context& ctx, const db::Relation& relation) {
  if (relation.kind == db::RelationKind::ImplicitManyToMany) {
    many_to_many_is_valid(ctx, relation);
  } else {
    inline_relation_is_valid(ctx, relation);
  }
}

}  // namespace schemac::frontend::rules
