// Resolves relation fields and infers 1:1 / 1:n relations the way Prisma's parser database
// does (psl/parser-database/src/relations.rs: relation_evidence, ingest_relation).
#include "frontend/format/relation_model.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace schemac::frontend::format {
namespace {

bool is_optional(const ast::Field& f) {
  return f.type && f.type->arity == ast::Arity::Optional;
}

bool is_list(const ast::Field& f) {
  return f.type && f.type->arity == ast::Arity::List;
}

bool is_required(const ast::Field& f) {
  return f.type && f.type->arity == ast::Arity::Required;
}

const ast::Attribute* find_attribute(const std::vector<ast::Attribute>& attributes,
                                     std::string_view name) {
  for (const ast::Attribute& a : attributes) {
    if (a.name.name == name) {
      return &a;
    }
  }
  return nullptr;
}

const ast::StringLiteral* as_string(const ast::Expression* e) {
  return e == nullptr ? nullptr : std::get_if<ast::StringLiteral>(&e->value);
}

// Model-level facts: primary key, unique criteria, @@ignore.
void resolve_model_attributes(ModelInfo& info) {
  for (std::size_t i = 0; i < info.fields.size(); ++i) {
    if (info.is_relation_field[i]) {
      continue;
    }
    const ast::Field& f = *info.fields[i];
    if (find_attribute(f.attributes, "id") != nullptr && !info.primary_key) {
      info.primary_key = std::vector<std::size_t>{i};
    }
    if (find_attribute(f.attributes, "unique") != nullptr) {
      info.unique_indexes.push_back({i});
    }
  }
  for (const ast::BlockAttribute* b : info.model->block_attributes()) {
    const ast::Attribute& a = b->attribute;
    if (a.name.name == "ignore") {
      info.ignored = true;
      continue;
    }
    if (a.name.name != "id" && a.name.name != "unique") {
      continue;
    }
    const ast::Expression* fields = attribute_argument(a, "fields", true);
    if (fields == nullptr) {
      continue;
    }
    auto resolved = resolve_field_names(*fields, info.fields);
    if (!resolved) {
      continue;
    }
    if (a.name.name == "id") {
      if (!info.primary_key) {
        info.primary_key = std::move(resolved);
      }
    } else {
      info.unique_indexes.push_back(std::move(*resolved));
    }
  }
}

// Field names in index arrays may carry arguments (`[a(sort: Desc), b]`): keep the name.
std::optional<std::string_view> index_field_name(const ast::Expression& e) {
  if (const auto* c = std::get_if<ast::ConstantValue>(&e.value)) {
    return c->text;
  }
  if (const auto* f = std::get_if<ast::FunctionCall>(&e.value)) {
    return f->name.name;
  }
  return std::nullopt;
}

class Resolver {
 public:
  Resolver(const std::vector<std::string_view>& sources, const ast::Schema& schema)
      : sources_(sources), schema_(schema) {}

  RelationModel run() {
    collect_models();
    collect_relation_fields();
    for (std::size_t i = 0; i < out_.relation_fields.size(); ++i) {
      ingest(i);
    }
    return std::move(out_);
  }

 private:
  void collect_models() {
    for (std::size_t f = 0; f < schema_.files.size(); ++f) {
      for (const ast::Top& top : schema_.files[f].tops) {
        const auto* model = std::get_if<ast::Model>(&top);
        if (model == nullptr || model->kind == ast::ModelKind::CompositeType) {
          continue;
        }
        ModelInfo info;
        info.model = model;
        info.file = f;
        info.source = sources_[f];
        info.fields = model->fields();
        by_name_.emplace(model->name.name, out_.models.size());
        out_.models.push_back(std::move(info));
      }
    }
    for (ModelInfo& info : out_.models) {
      for (const ast::Field* f : info.fields) {
        info.is_relation_field.push_back(f->type && by_name_.count(f->type->name.name) != 0);
      }
      resolve_model_attributes(info);
    }
  }

  void collect_relation_fields() {
    for (std::size_t m = 0; m < out_.models.size(); ++m) {
      const ModelInfo& info = out_.models[m];
      for (std::size_t i = 0; i < info.fields.size(); ++i) {
        if (!info.is_relation_field[i]) {
          continue;
        }
        const ast::Field& f = *info.fields[i];
        RelationFieldInfo rf;
        rf.model = m;
        rf.field = i;
        rf.referenced_model = by_name_.at(f.type->name.name);
        rf.relation_attribute = find_attribute(f.attributes, "relation");
        if (rf.relation_attribute != nullptr) {
          const ast::Attribute& a = *rf.relation_attribute;
          if (const ast::StringLiteral* s = as_string(attribute_argument(a, "name", true))) {
            if (!s->value.empty()) {
              rf.name = s->value;
            }
          }
          if (const ast::Expression* e = attribute_argument(a, "fields")) {
            rf.fields = resolve_field_names(*e, info.fields);
          }
          if (const ast::Expression* e = attribute_argument(a, "references")) {
            rf.references = resolve_field_names(*e, out_.models[rf.referenced_model].fields);
          }
        }
        out_.relation_fields.push_back(std::move(rf));
      }
    }
  }

  // The relation field on the other side: same pair of models, same relation name, not the
  // field itself; the first in field order (relation_evidence).
  std::optional<std::size_t> opposite_of(std::size_t index) const {
    const RelationFieldInfo& rf = out_.relation_fields[index];
    for (std::size_t j = 0; j < out_.relation_fields.size(); ++j) {
      const RelationFieldInfo& other = out_.relation_fields[j];
      if (j == index || other.model != rf.referenced_model || other.referenced_model != rf.model ||
          other.name != rf.name) {
        continue;
      }
      return j;
    }
    return std::nullopt;
  }

  std::string_view model_name(std::size_t m) const { return out_.models[m].model->name.name; }

  std::string_view field_name(std::size_t rf) const {
    return out_.field(out_.relation_fields[rf]).name.name;
  }

  // [model name, field name] of `a` sorts after that of `b`.
  bool sorts_after(std::size_t a, std::size_t b) const {
    const auto& ra = out_.relation_fields[a];
    const auto& rb = out_.relation_fields[b];
    return std::pair(model_name(ra.model), field_name(a)) >
           std::pair(model_name(rb.model), field_name(b));
  }

  // Whether `fields` are exactly the fields of one unique index (not the primary key).
  bool fields_are_unique(const ModelInfo& info, const std::vector<std::size_t>& fields) const {
    return std::any_of(info.unique_indexes.begin(), info.unique_indexes.end(),
                       [&](const auto& index) { return index == fields; });
  }

  void ingest(std::size_t index) {
    const RelationFieldInfo& rf = out_.relation_fields[index];
    const ast::Field& field = out_.field(rf);
    const std::optional<std::size_t> opposite = opposite_of(index);
    const ast::Field* opp = opposite ? &out_.field(out_.relation_fields[*opposite]) : nullptr;

    InlineRelation relation;
    relation.referencing_model = rf.model;
    relation.referenced_model = rf.referenced_model;
    relation.forward = index;
    if (is_list(field) && opp != nullptr && is_list(*opp)) {
      return;  // m:n: not an inline relation, nothing for the formatter to add
    }
    if (is_required(field) && opp != nullptr && is_optional(*opp)) {
      relation.back = opposite;
      relation.one_to_one = true;
    } else if (is_required(field) && opp != nullptr && is_required(*opp)) {
      if (sorts_after(index, *opposite)) {
        return;
      }
      relation.back = opposite;
      relation.one_to_one = true;
    } else if (is_optional(field) && opp != nullptr && is_required(*opp)) {
      return;
    } else if (is_optional(field) && opp != nullptr && is_optional(*opp)) {
      if (!rf.fields) {
        if (out_.relation_fields[*opposite].fields || sorts_after(index, *opposite)) {
          return;
        }
      }
      relation.back = opposite;
      relation.one_to_one = true;
    } else if (is_list(field) && opp != nullptr) {
      return;  // 1:n seen from the back side: ingested from the forward side
    } else if (is_list(field)) {
      // 1:n defined on the back side only: model A is the other one.
      relation.referencing_model = rf.referenced_model;
      relation.referenced_model = rf.model;
      relation.forward.reset();
      relation.back = index;
    } else if (opp != nullptr) {
      relation.back = opposite;  // 1:n defined on both sides
    } else {
      relation.one_to_one = rf.fields && fields_are_unique(out_.models[rf.model], *rf.fields);
    }
    out_.inline_relations.push_back(relation);
  }

  const std::vector<std::string_view>& sources_;
  const ast::Schema& schema_;
  RelationModel out_;
  std::map<std::string_view, std::size_t> by_name_;
};

}  // namespace

RelationModel resolve_relations(const std::vector<std::string_view>& sources,
                                const ast::Schema& schema) {
  return Resolver(sources, schema).run();
}

const std::vector<std::size_t>* RelationModel::first_unique_criterion(std::size_t model) const {
  const ModelInfo& info = models[model];
  if (info.primary_key) {
    return &*info.primary_key;
  }
  return info.unique_indexes.empty() ? nullptr : &info.unique_indexes.front();
}

const std::vector<std::size_t>* RelationModel::first_strict_criterion(std::size_t model) const {
  const ModelInfo& info = models[model];
  const auto strict = [&](const std::vector<std::size_t>& fields) {
    return std::none_of(fields.begin(), fields.end(), [&](std::size_t f) {
      const ast::Field& field = *info.fields[f];
      return is_optional(field) || (field.type && field.type->unsupported);
    });
  };
  if (info.primary_key && strict(*info.primary_key)) {
    return &*info.primary_key;
  }
  for (const auto& index : info.unique_indexes) {
    if (strict(index)) {
      return &index;
    }
  }
  return nullptr;
}

std::optional<std::vector<std::size_t>> resolve_field_names(
    const ast::Expression& expression, const std::vector<const ast::Field*>& fields) {
  std::vector<const ast::Expression*> items;
  if (const auto* array = std::get_if<ast::ArrayExpression>(&expression.value)) {
    for (const ast::Expression& item : array->items) {
      items.push_back(&item);
    }
  } else {
    items.push_back(&expression);  // Prisma coerces a single value into a one-element array
  }
  std::vector<std::size_t> out;
  for (const ast::Expression* item : items) {
    const auto name = index_field_name(*item);
    if (!name) {
      return std::nullopt;
    }
    const auto it = std::find_if(fields.begin(), fields.end(),
                                 [&](const ast::Field* f) { return f->name.name == *name; });
    if (it == fields.end()) {
      return std::nullopt;
    }
    out.push_back(static_cast<std::size_t>(it - fields.begin()));
  }
  return out;
}

const ast::Expression* attribute_argument(const ast::Attribute& attribute, std::string_view name,
                                          bool default_position) {
  if (!attribute.arguments) {
    return nullptr;
  }
  for (const ast::Argument& argument : attribute.arguments->arguments) {
    if (!argument.value) {
      continue;
    }
    if (argument.name ? argument.name->name == name : default_position) {
      return &*argument.value;
    }
  }
  return nullptr;
}

}  // namespace schemac::frontend::format
