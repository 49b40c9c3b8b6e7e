// Missing relation fields, attributes and arguments, as Prisma's formatter adds them.
#include "frontend/format/missing_relation_bits.hpp"

#include <algorithm>
#include <cctype>

#include "frontend/format/block_extent.hpp"
#include "frontend/format/inflection.hpp"
#include "frontend/format/source_items.hpp"

namespace schemac::frontend::format {
namespace {

// A scalar field the relation needs on the referencing model (InferredScalarField).
struct InferredField {
  std::string name;
  ast::Arity arity = ast::Arity::Optional;
  std::string_view type;                  // the type name as written
  const ast::Field* blueprint = nullptr;  // the referenced field it mirrors
  const ModelInfo* blueprint_model = nullptr;
};

std::string_view arity_text(ast::Arity arity) {
  switch (arity) {
    case ast::Arity::Required:
      return "";
    case ast::Arity::Optional:
      return "?";
    case ast::Arity::List:
      return "[]";
  }
  return "";
}

// Prisma's reformat.rs has its own camel_case/pascal_case here: only the first character
// changes, unlike cruet's camel case used for relation field names.
std::string with_first(std::string_view s, bool upper_case) {
  std::string out(s);
  if (!out.empty()) {
    const auto c = static_cast<unsigned char>(out[0]);
    out[0] = static_cast<char>(upper_case ? std::toupper(c) : std::tolower(c));
  }
  return out;
}

bool is_builtin_scalar(std::string_view name) {
  for (std::string_view s :
       {"String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes"}) {
    if (name == s) {
      return true;
    }
  }
  return false;
}

class Builder {
 public:
  Builder(const RelationModel& model, std::size_t file_count) : m_(model), out_(file_count) {}

  std::vector<std::vector<Insertion>> run() {
    for (const InlineRelation& r : m_.inline_relations) {
      missing_relation_fields(r);
      missing_scalar_fields(r);
    }
    for (const InlineRelation& r : m_.inline_relations) {
      missing_relation_attribute(r);
    }
    for (const InlineRelation& r : m_.inline_relations) {
      missing_relation_arguments(r);
    }
    return std::move(out_);
  }

 private:
  const ModelInfo& model(std::size_t i) const { return m_.models[i]; }

  std::string_view name_of(std::size_t i) const { return model(i).model->name.name; }

  const RelationFieldInfo* forward(const InlineRelation& r) const {
    return r.forward ? &m_.relation_fields[*r.forward] : nullptr;
  }

  void add(std::size_t model_index, std::uint32_t position, std::string text) {
    out_[model(model_index).file].push_back(Insertion{position, std::move(text)});
  }

  // Before the closing brace of the model (Prisma: `span.end - 1`).
  std::uint32_t closing_brace(std::size_t model_index) const {
    const ModelInfo& info = model(model_index);
    return block_extent(info.source, info.model->name.span.end, info.model->span.end).body_end;
  }

  std::optional<std::size_t> scalar_field_named(const ModelInfo& info, std::string_view n) const {
    for (std::size_t i = 0; i < info.fields.size(); ++i) {
      if (!info.is_relation_field[i] && info.fields[i]->name.name == n) {
        return i;
      }
    }
    return std::nullopt;
  }

  std::vector<InferredField> infer_scalar_fields(const InlineRelation& r) const {
    std::vector<InferredField> out;
    const std::vector<std::size_t>* criterion = m_.first_unique_criterion(r.referenced_model);
    if (criterion == nullptr) {
      return out;
    }
    const ModelInfo& referenced = model(r.referenced_model);
    const ModelInfo& referencing = model(r.referencing_model);
    const RelationFieldInfo* fwd = forward(r);
    for (std::size_t index : *criterion) {
      const ast::Field& field = *referenced.fields[index];
      InferredField inferred;
      inferred.name =
          with_first(name_of(r.referenced_model), false) + with_first(field.name.name, true);
      inferred.blueprint = &field;
      inferred.blueprint_model = &referenced;
      if (const auto existing = scalar_field_named(referencing, inferred.name)) {
        inferred.arity = referencing.fields[*existing]->type->arity;
        inferred.type = referencing.fields[*existing]->type->name.name;
      } else {
        inferred.arity = fwd ? m_.field(*fwd).type->arity : ast::Arity::Optional;
        inferred.type = field.type->name.name;
      }
      out.push_back(std::move(inferred));
    }
    return out;
  }

  std::string fields_argument(const InlineRelation& r) const {
    std::string out = "fields: [";
    const std::vector<InferredField> fields = infer_scalar_fields(r);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      out += (i > 0 ? ", " : "") + fields[i].name;
    }
    return out + "]";
  }

  std::string references_argument(const InlineRelation& r) const {
    std::vector<std::size_t> fields;
    const RelationFieldInfo* fwd = forward(r);
    if (fwd != nullptr && fwd->references) {
      fields = *fwd->references;
    } else if (const auto* strict = m_.first_strict_criterion(r.referenced_model)) {
      fields = *strict;
    }
    std::string out = "references: [";
    for (std::size_t i = 0; i < fields.size(); ++i) {
      out +=
          (i > 0 ? ", " : "") + std::string(model(r.referenced_model).fields[fields[i]]->name.name);
    }
    return out + "]";
  }

  ast::Arity forward_arity(const InlineRelation& r) const {
    if (const RelationFieldInfo* fwd = forward(r)) {
      return m_.field(*fwd).type->arity;
    }
    const std::vector<InferredField> fields = infer_scalar_fields(r);
    const bool any_optional = std::any_of(fields.begin(), fields.end(), [](const auto& f) {
      return f.arity == ast::Arity::Optional;
    });
    return any_optional ? ast::Arity::Optional : ast::Arity::Required;
  }

  void missing_relation_fields(const InlineRelation& r) {
    if (!r.back) {
      const std::string_view referencing = name_of(r.referencing_model);
      const std::string_view ignore = model(r.referencing_model).ignored ? "@ignore" : "";
      const std::string arity = r.one_to_one ? "?" : "[]";
      const std::string field_name =
          r.one_to_one ? camel_case(referencing) : plural(camel_case(referencing));
      add(r.referenced_model, closing_brace(r.referenced_model),
          field_name + " " + std::string(referencing) + arity + " " + std::string(ignore) + "\n");
    }
    if (!r.forward) {
      const std::string_view referenced = name_of(r.referenced_model);
      const std::string_view arity = arity_text(forward_arity(r));
      const std::string field_name =
          arity == "[]" ? plural(camel_case(referenced)) : camel_case(referenced);
      add(r.referencing_model, closing_brace(r.referencing_model),
          field_name + " " + std::string(referenced) + std::string(arity) + " @relation(" +
              fields_argument(r) + ", " + references_argument(r) + ")\n");
    }
  }

  std::string_view native_type(const InferredField& f) const {
    for (const ast::Attribute& a : f.blueprint->attributes) {
      // Prisma's raw_native_type: the first datasource-scoped (dotted) attribute.
      if (a.name.name.find('.') != std::string_view::npos) {
        return f.blueprint_model->source.substr(a.span.begin, a.span.end - a.span.begin);
      }
    }
    return {};
  }

  void missing_scalar_fields(const InlineRelation& r) {
    const RelationFieldInfo* fwd = forward(r);
    if (fwd != nullptr && fwd->fields) {
      return;
    }
    for (const InferredField& f : infer_scalar_fields(r)) {
      if (scalar_field_named(model(r.referencing_model), f.name)) {
        continue;
      }
      if (!is_builtin_scalar(f.type)) {
        return;  // Prisma stops at the first field that is not a built-in scalar
      }
      add(r.referencing_model, closing_brace(r.referencing_model),
          f.name + " " + std::string(f.type) + std::string(arity_text(f.arity)) + " " +
              std::string(native_type(f)) + "\n");
    }
  }

  void missing_relation_attribute(const InlineRelation& r) {
    const RelationFieldInfo* fwd = forward(r);
    if (fwd == nullptr || fwd->relation_attribute != nullptr) {
      return;
    }
    const ModelInfo& info = model(fwd->model);
    add(fwd->model, field_type_end(info.source, *m_.field(*fwd).type),
        " @relation(" + fields_argument(r) + ", " + references_argument(r) + ")");
  }

  void missing_relation_arguments(const InlineRelation& r) {
    const RelationFieldInfo* fwd = forward(r);
    if (fwd == nullptr || fwd->relation_attribute == nullptr) {
      return;
    }
    std::string extra;
    if (!fwd->fields) {
      extra = fields_argument(r);
    }
    if (!fwd->references) {
      extra += (extra.empty() ? "" : ", ") + references_argument(r);
    }
    if (extra.empty()) {
      // Prisma inserts a lone `, ` here, a trailing comma its formatter drops again.
      return;
    }
    const ast::Attribute& attribute = *fwd->relation_attribute;
    // Prisma counts only arguments with a value (`name:` alone is kept apart) and inserts right
    // after the attribute when there are none, before its `)` otherwise.
    bool has_arguments = false;
    if (attribute.arguments) {
      for (const ast::Argument& a : attribute.arguments->arguments) {
        has_arguments |= a.value.has_value();
      }
    }
    if (has_arguments) {
      add(fwd->model, attribute.span.end - 1, ", " + extra);
    } else {
      add(fwd->model, attribute.span.end, "(" + extra + ")");
    }
  }

  const RelationModel& m_;
  std::vector<std::vector<Insertion>> out_;
};

}  // namespace

std::vector<std::vector<Insertion>> missing_relation_bits(const RelationModel& model,
                                                          std::size_t file_count) {
  return Builder(model, file_count).run();
}

std::string apply_insertions(std::string_view source, std::vector<Insertion> insertions) {
  std::stable_sort(insertions.begin(), insertions.end(),
                   [](const Insertion& a, const Insertion& b) { return a.position < b.position; });
  std::string out;
  std::size_t from = 0;
  for (const Insertion& insertion : insertions) {
    const std::size_t at = std::min<std::size_t>(insertion.position, source.size());
    out.append(source.substr(from, at - from));
    out.append(insertion.text);
    from = at;
  }
  out.append(source.substr(from));
  return out;
}

}  // namespace schemac::frontend::format
