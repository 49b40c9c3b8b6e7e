// A subset of the errors of Prisma's parser database, enough to decide whether Prisma's
// formatter would add missing relation fields.
#include "frontend/format/resolution_errors.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string>

#include "frontend/format/relation_model.hpp"
#include "frontend/format/source_items.hpp"

namespace schemac::frontend::format {
namespace {

constexpr std::array<std::string_view, 9> kScalarTypes = {
    "String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes"};

bool is_builtin_scalar(std::string_view name) {
  return std::find(kScalarTypes.begin(), kScalarTypes.end(), name) != kScalarTypes.end();
}

template <std::size_t N>
bool is_one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Attributes Prisma allows once (visit_optional_single_attr); a second one is an error.
bool repeats(const std::vector<const ast::Attribute*>& attributes, std::string_view name) {
  return std::count_if(attributes.begin(), attributes.end(),
                       [&](const ast::Attribute* a) { return a->name.name == name; }) > 1;
}

class Checker {
 public:
  explicit Checker(const ast::Schema& schema) : schema_(schema) {}

  bool run() {
    collect_names();
    for (const ast::SchemaFile& file : schema_.files) {
      for (const ast::Top& top : file.tops) {
        if (std::holds_alternative<ast::CatchAll>(top) ||
            std::holds_alternative<ast::ArbitraryBlock>(top) ||
            std::holds_alternative<ast::TypeAlias>(top)) {
          return true;
        }
        if (const auto* model = std::get_if<ast::Model>(&top); model && model_has_errors(*model)) {
          return true;
        }
        if (const auto* e = std::get_if<ast::Enum>(&top); e && enum_has_errors(*e)) {
          return true;
        }
        if (const auto* c = std::get_if<ast::ConfigBlock>(&top); c && config_has_errors(*c)) {
          return true;
        }
      }
    }
    return duplicate_top_names_;
  }

 private:
  void collect_names() {
    std::set<std::string_view> tops;
    std::set<std::string_view> generators;
    std::set<std::string_view> datasources;
    for (const ast::SchemaFile& file : schema_.files) {
      for (const ast::Top& top : file.tops) {
        if (const auto* m = std::get_if<ast::Model>(&top)) {
          duplicate_top_names_ |= !tops.insert(m->name.name).second;
          (m->kind == ast::ModelKind::CompositeType ? composite_types_ : models_)
              .insert(m->name.name);
        } else if (const auto* e = std::get_if<ast::Enum>(&top)) {
          duplicate_top_names_ |= !tops.insert(e->name.name).second;
          enums_.insert(e->name.name);
        } else if (const auto* c = std::get_if<ast::ConfigBlock>(&top)) {
          auto& names = c->kind == ast::ConfigKind::Datasource ? datasources : generators;
          duplicate_top_names_ |= !names.insert(c->name.name).second;
        }
      }
    }
  }

  // `@db.VarChar(10)`: any dotted name is taken for a native type here, whatever the
  // datasource is called; a wrong one is reported later, by validation (checked against
  // Prisma 7.10.1, which still adds missing relation fields next to `@x.Foo`).
  static bool is_native_type(const ast::Attribute& a) {
    return a.name.name.find('.') != std::string_view::npos;
  }

  bool config_has_errors(const ast::ConfigBlock& block) const {
    return std::any_of(block.members.begin(), block.members.end(),
                       [](const auto& m) { return std::holds_alternative<ast::CatchAll>(m); });
  }

  bool enum_has_errors(const ast::Enum& e) const {
    std::set<std::string_view> values;
    for (const ast::EnumMember& member : e.members) {
      if (std::holds_alternative<ast::CatchAll>(member)) {
        return true;
      }
      if (const auto* v = std::get_if<ast::EnumValue>(&member)) {
        if (!values.insert(v->name.name).second) {
          return true;
        }
        for (const ast::Attribute& a : v->attributes) {
          if (a.name.name != "map") {
            return true;
          }
        }
      }
    }
    for (const ast::BlockAttribute* b : e.block_attributes()) {
      if (b->attribute.name.name != "map" && b->attribute.name.name != "schema") {
        return true;
      }
    }
    return false;
  }

  bool field_has_syntax_errors(const ast::Field& f) const {
    return f.legacy_colon || !f.type || f.type->legacy_required || f.type->legacy_list ||
           f.type->optional_list;
  }

  bool type_is_known(const ast::FieldType& type) const {
    const std::string_view name = type.name.name;
    return type.unsupported || is_builtin_scalar(name) || models_.count(name) != 0 ||
           enums_.count(name) != 0 || composite_types_.count(name) != 0;
  }

  bool model_has_errors(const ast::Model& model) const {
    const std::vector<const ast::Field*> fields = model.fields();
    std::set<std::string_view> names;
    for (const ast::ModelMember& member : model.members) {
      if (std::holds_alternative<ast::CatchAll>(member)) {
        return true;
      }
    }
    for (const ast::Field* f : fields) {
      if (field_has_syntax_errors(*f) || !names.insert(f->name.name).second ||
          !type_is_known(*f->type)) {
        return true;
      }
    }
    if (model.kind == ast::ModelKind::CompositeType) {
      return false;  // composite types are checked by the validation pipeline, not here
    }
    int ids = 0;
    for (const ast::Field* f : fields) {
      if (field_attributes_have_errors(*f, fields)) {
        return true;
      }
      ids += static_cast<int>(std::count_if(f->attributes.begin(), f->attributes.end(),
                                            [](const auto& a) { return a.name.name == "id"; }));
    }
    return block_attributes_have_errors(model, fields, ids);
  }

  bool field_attributes_have_errors(const ast::Field& f,
                                    const std::vector<const ast::Field*>& fields) const {
    static constexpr std::array<std::string_view, 6> kScalar = {"map",       "ignore",  "id",
                                                                "updatedAt", "default", "unique"};
    static constexpr std::array<std::string_view, 2> kRelation = {"relation", "ignore"};
    std::vector<const ast::Attribute*> attributes;
    for (const ast::Attribute& a : f.attributes) {
      attributes.push_back(&a);
    }
    const std::string_view type = f.type->name.name;
    const bool is_relation = models_.count(type) != 0;
    for (const ast::Attribute* a : attributes) {
      const std::string_view name = a->name.name;
      if (repeats(attributes, name)) {
        return true;
      }
      if (is_relation) {
        if (!is_one_of(name, kRelation)) {
          return true;
        }
        if (name == "relation" && relation_arguments_have_errors(*a, fields, type)) {
          return true;
        }
      } else if (is_native_type(*a) && is_builtin_scalar(type)) {
        continue;
      } else if (!is_one_of(name, kScalar)) {
        return true;
      } else if (name == "updatedAt" && type != "DateTime") {
        return true;
      }
    }
    return false;
  }

  // `fields:` and `references:` must name scalar fields of their models.
  bool relation_arguments_have_errors(const ast::Attribute& relation,
                                      const std::vector<const ast::Field*>& fields,
                                      std::string_view referenced) const {
    if (const ast::Expression* e = attribute_argument(relation, "fields")) {
      if (!names_scalar_fields(*e, fields)) {
        return true;
      }
    }
    if (const ast::Expression* e = attribute_argument(relation, "references")) {
      const ast::Model* target = find_model(referenced);
      if (target == nullptr || !names_scalar_fields(*e, target->fields())) {
        return true;
      }
    }
    return false;
  }

  bool names_scalar_fields(const ast::Expression& e,
                           const std::vector<const ast::Field*>& fields) const {
    const auto resolved = resolve_field_names(e, fields);
    if (!resolved) {
      return false;
    }
    return std::none_of(resolved->begin(), resolved->end(), [&](std::size_t i) {
      return fields[i]->type && models_.count(fields[i]->type->name.name) != 0;
    });
  }

  const ast::Model* find_model(std::string_view name) const {
    for (const ast::SchemaFile& file : schema_.files) {
      for (const ast::Top& top : file.tops) {
        const auto* m = std::get_if<ast::Model>(&top);
        if (m != nullptr && m->name.name == name && m->kind != ast::ModelKind::CompositeType) {
          return m;
        }
      }
    }
    return nullptr;
  }

  bool block_attributes_have_errors(const ast::Model& model,
                                    const std::vector<const ast::Field*>& fields,
                                    int field_ids) const {
    static constexpr std::array<std::string_view, 8> kKnown = {
        "ignore", "id", "map", "schema", "index", "unique", "fulltext", "shardKey"};
    static constexpr std::array<std::string_view, 4> kSingle = {"ignore", "id", "map", "schema"};
    std::vector<const ast::Attribute*> attributes;
    for (const ast::BlockAttribute* b : model.block_attributes()) {
      attributes.push_back(&b->attribute);
    }
    for (const ast::Attribute* a : attributes) {
      const std::string_view name = a->name.name;
      if (!is_one_of(name, kKnown) || (is_one_of(name, kSingle) && repeats(attributes, name))) {
        return true;
      }
      if (name == "id" && field_ids > 0) {
        return true;
      }
      if (name == "id" || name == "unique" || name == "index" || name == "fulltext" ||
          name == "shardKey") {
        const ast::Expression* e = attribute_argument(*a, "fields", true);
        if (e == nullptr || !names_scalar_fields(*e, fields)) {
          return true;
        }
      }
    }
    return field_ids > 1;
  }

  const ast::Schema& schema_;
  bool duplicate_top_names_ = false;
  std::set<std::string_view> models_;
  std::set<std::string_view> enums_;
  std::set<std::string_view> composite_types_;
};

}  // namespace

bool schema_has_resolution_errors(const ast::Schema& schema) {
  return Checker(schema).run();
}

}  // namespace schemac::frontend::format
