// The relations pass (psl/parser-database/src/relations.rs): pairs relation fields into
// relations (1:1, 1:n, implicit m:n) and names them.
#include <algorithm>
#include <tuple>

#include "frontend/db/builder.hpp"

namespace schemac::frontend::db {
namespace {

std::optional<std::string_view> relation_name_of(const Field& f) {
  return f.relation_attribute ? f.relation_attribute->name : std::nullopt;
}

bool has_fields_argument(const Field& f) {
  return f.relation_attribute && f.relation_attribute->fields &&
         !f.relation_attribute->fields->empty();
}

// Prisma's default relation name: the two model names sorted, `{A}To{B}`.
std::string_view default_relation_name(std::string_view a, std::string_view b, TextStore& store) {
  if (b < a) {
    std::swap(a, b);
  }
  std::string name;
  name.reserve(a.size() + 2 + b.size());
  name.append(a).append("To").append(b);
  return store.keep(name);
}

void fill_foreign_key(const Builder& b, Relation& r) {
  const Database& db = b.db;
  const Field& referencing = db.field(r.referencing);
  if (!referencing.relation_attribute) {
    return;
  }
  const RelationAttribute& attr = *referencing.relation_attribute;
  if (attr.fields) {
    r.fields = *attr.fields;
  }
  if (attr.references) {
    for (const auto& name : *attr.references) {
      if (auto id = find_field(b.model_sources[r.referenced_model], name)) {
        r.references.push_back(*id);
      }
    }
  }
  if (attr.on_delete) {
    r.on_delete = *attr.on_delete;
    r.on_delete_explicit = true;
  }
  if (attr.on_update) {
    r.on_update = *attr.on_update;
    r.on_update_explicit = true;
  }
}

// A relation field as the opposite side is looked for: (target model, has a name, name, field).
using RelationFieldKey = std::tuple<ModelId, bool, std::string_view, FieldId>;

RelationFieldKey key_of(const Field& f, FieldId id) {
  const std::optional<std::string_view> name = relation_name_of(f);
  return {f.type.target, name.has_value(), name.value_or(std::string_view()), id};
}

// Per model, its relation fields sorted by key: the candidates for the opposite side of a
// field are one contiguous run, in declaration order. O(r log r) in relation fields, where
// scanning the target's fields for every relation field was quadratic in a model with
// thousands of back relations. One array for all models (model m's keys are
// keys[first[m]..first[m + 1]]), not a vector per model.
struct RelationFieldsByModel {
  std::vector<RelationFieldKey> keys;
  std::vector<std::uint32_t> first;  // models.size() + 1 offsets into keys
};

RelationFieldsByModel relation_fields_by_model(const Database& db) {
  RelationFieldsByModel out;
  out.first.reserve(db.models.size() + 1);
  for (ModelId m = 0; m < db.models.size(); ++m) {
    out.first.push_back(static_cast<std::uint32_t>(out.keys.size()));
    const auto& fields = db.models[m].fields;
    for (FieldId f = 0; f < fields.size(); ++f) {
      if (fields[f].is_relation()) {
        out.keys.push_back(key_of(fields[f], f));
      }
    }
    std::sort(out.keys.begin() + out.first.back(), out.keys.end());
  }
  out.first.push_back(static_cast<std::uint32_t>(out.keys.size()));
  return out;
}

}  // namespace

void infer_relations(Builder& b) {
  Database& db = b.db;
  // Whether a field already belongs to a relation: field f of model m is paired[field_base[m] +
  // f], one array for all models.
  std::vector<std::uint32_t> field_base(db.models.size());
  std::uint32_t field_count = 0;
  for (ModelId m = 0; m < db.models.size(); ++m) {
    field_base[m] = field_count;
    field_count += static_cast<std::uint32_t>(db.models[m].fields.size());
  }
  std::vector<bool> paired(field_count, false);
  const auto is_paired = [&](ModelId m, FieldId f) { return paired[field_base[m] + f]; };
  const auto pair = [&](ModelId m, FieldId f) { paired[field_base[m] + f] = true; };
  const RelationFieldsByModel by_target = relation_fields_by_model(db);
  db.relations.reserve(by_target.keys.size());  // at most one relation per relation field
  for (ModelId m = 0; m < db.models.size(); ++m) {
    for (FieldId f = 0; f < db.models[m].fields.size(); ++f) {
      const Field& field = db.models[m].fields[f];
      if (!field.is_relation() || is_paired(m, f)) {
        continue;
      }
      pair(m, f);
      const ModelId target = field.type.target;
      // The first unpaired field of the target that points back with the same name.
      std::optional<FieldRef> opposite;
      RelationFieldKey wanted = key_of(field, 0);
      std::get<0>(wanted) = m;  // fields of the target pointing at this model
      const auto same_relation = [&](const RelationFieldKey& k) {
        return std::get<0>(k) == m && std::get<1>(k) == std::get<1>(wanted) &&
               std::get<2>(k) == std::get<2>(wanted);
      };
      const auto candidates_begin = by_target.keys.begin() + by_target.first[target];
      const auto candidates_end = by_target.keys.begin() + by_target.first[target + 1];
      for (auto it = std::lower_bound(candidates_begin, candidates_end, wanted);
           it != candidates_end && same_relation(*it); ++it) {
        const FieldId g = std::get<3>(*it);
        if ((target == m && g == f) || is_paired(target, g)) {
          continue;
        }
        opposite = FieldRef{target, g};
        pair(target, g);
        break;
      }

      Relation r;
      const std::optional<std::string_view> name = relation_name_of(field);
      r.has_explicit_name = name.has_value();
      r.name =
          name ? *name : default_relation_name(db.models[m].name, db.models[target].name, db.text);
      FieldRef self{m, f};
      const Field* other = opposite ? &db.field(*opposite) : nullptr;
      const bool self_list = field.arity == Arity::List;
      const bool other_list = other != nullptr && other->arity == Arity::List;
      if (other != nullptr && self_list && other_list) {
        r.kind = RelationKind::ImplicitManyToMany;
        // Column A is the model whose name sorts first; for a self-relation, the field whose
        // name sorts first.
        const bool self_first =
            db.models[m].name != db.models[target].name
                ? db.models[m].name < db.models[target].name
                : field.name < other->name;
        r.referencing = self_first ? self : *opposite;
        r.referenced = self_first ? *opposite : self;
      } else if (other != nullptr && (self_list || other_list)) {
        r.kind = RelationKind::OneToMany;
        r.referencing = self_list ? *opposite : self;
        r.referenced = self_list ? self : *opposite;
      } else if (other != nullptr) {
        r.kind = RelationKind::OneToOne;
        // The side with `fields` holds the foreign key; without any, Prisma's messages start
        // from the required side, else from the model (then field) whose name sorts first.
        bool other_forward = has_fields_argument(*other) && !has_fields_argument(field);
        if (!has_fields_argument(*other) && !has_fields_argument(field)) {
          if ((field.arity == Arity::Required) != (other->arity == Arity::Required)) {
            other_forward = other->arity == Arity::Required;
          } else {
            other_forward = std::tie(db.models[target].name, other->name) <
                            std::tie(db.models[m].name, field.name);
          }
        }
        r.referencing = other_forward ? *opposite : self;
        r.referenced = other_forward ? self : *opposite;
      } else {
        // One side only (an error in a valid schema): a list is the back side of a 1:n.
        r.kind = RelationKind::OneToMany;
        r.referencing = self;
      }
      r.referencing_model = r.referencing.model;
      r.referenced_model = db.field(r.referencing).type.target;
      if (r.kind == RelationKind::ImplicitManyToMany) {
        r.model_a = r.referencing.model;
        r.model_b = r.referenced->model;
        r.join_table_name = db.text.keep("_" + std::string(r.name));
        r.on_delete = ReferentialAction::Cascade;
        r.on_update = ReferentialAction::Cascade;
      } else {
        r.on_delete = db.field(r.referencing).arity == Arity::Required
                          ? ReferentialAction::Restrict
                          : ReferentialAction::SetNull;
        r.on_update = ReferentialAction::Cascade;
        fill_foreign_key(b, r);
      }
      const auto id = static_cast<RelationId>(db.relations.size());
      db.models[m].fields[f].relation = id;
      if (opposite) {
        db.models[opposite->model].fields[opposite->field].relation = id;
      }
      db.relations.push_back(std::move(r));
    }
  }
}

}  // namespace schemac::frontend::db
