// The types pass (psl/parser-database/src/types.rs): resolves every field's type to a
// scalar, an enum, a composite type, a model (a relation field) or Unsupported.
#include <algorithm>

#include "frontend/db/builder.hpp"
#include "frontend/db/expression.hpp"
#include "frontend/validate/messages.hpp"

namespace schemac::frontend::db {
namespace {

std::optional<ScalarType> scalar_from_name(std::string_view name) {
  static constexpr std::pair<std::string_view, ScalarType> kScalars[] = {
      {"String", ScalarType::String},     {"Boolean", ScalarType::Boolean},
      {"Int", ScalarType::Int},           {"BigInt", ScalarType::BigInt},
      {"Float", ScalarType::Float},       {"Decimal", ScalarType::Decimal},
      {"DateTime", ScalarType::DateTime}, {"Json", ScalarType::Json},
      {"Bytes", ScalarType::Bytes},
  };
  for (const auto& [n, t] : kScalars) {
    if (n == name) {
      return t;
    }
  }
  return std::nullopt;
}

Arity arity_of(const ast::FieldType& t) {
  switch (t.arity) {
    case ast::Arity::Required: return Arity::Required;
    case ast::Arity::Optional: return Arity::Optional;
    case ast::Arity::List: return Arity::List;
  }
  return Arity::Required;
}

// Resolves `field`'s type in place; false when the name matches nothing.
bool resolve_field_type(Builder& b, const ast::Field& ast_field, Field& field) {
  const ast::FieldType& t = *ast_field.type;
  field.arity = arity_of(t);
  if (t.unsupported) {
    field.type.kind = FieldTypeKind::Unsupported;
    field.type.unsupported = stored_string(*t.unsupported, b.db.text);
    return true;
  }
  if (auto scalar = scalar_from_name(t.name.name)) {
    field.type.kind = FieldTypeKind::Scalar;
    field.type.scalar = *scalar;
    return true;
  }
  const auto it = b.tops.find(t.name.name);
  if (it == b.tops.end()) {
    return false;
  }
  field.type.target = it->second.index;
  switch (it->second.kind) {
    case Builder::TopKind::Model:
    case Builder::TopKind::View: field.type.kind = FieldTypeKind::Model; break;
    case Builder::TopKind::Enum: field.type.kind = FieldTypeKind::Enum; break;
    case Builder::TopKind::CompositeType: field.type.kind = FieldTypeKind::Composite; break;
  }
  return true;
}

}  // namespace

void resolve_types(Builder& b) {
  // Prisma walks the tops in source order; models, composite types and enums interleave, so
  // walk the AST again and find each block's resolved entry.
  std::uint32_t model_index = 0;
  std::uint32_t composite_index = 0;
  std::uint32_t enum_index = 0;
  for (const auto& file : b.schema.files) {
    for (const auto& top : file.tops) {
      if (const auto* m = std::get_if<ast::Model>(&top)) {
        const bool composite = m->kind == ast::ModelKind::CompositeType;
        ModelSource& source = composite ? b.composite_sources[composite_index]
                                        : b.model_sources[model_index];
        auto& fields = composite ? b.db.composite_types[composite_index].fields
                                 : b.db.models[model_index].fields;
        for (std::size_t i = 0; i < source.fields.size(); ++i) {
          const ast::Field& ast_field = *source.fields[i];
          if (!ast_field.type) {
            continue;  // reported by the parser
          }
          if (!resolve_field_type(b, ast_field, fields[i])) {
            b.diags.push(msg::type_not_found(ast_field.type->span, ast_field.type->name.name));
            continue;
          }
          if (composite && fields[i].type.kind == FieldTypeKind::Model) {
            b.diags.push(msg::relation_field_in_composite_type(
                ast_field.type->span, m->name.name, ast_field.type->name.name));
          }
        }
        ++(composite ? composite_index : model_index);
      } else if (const auto* e = std::get_if<ast::Enum>(&top)) {
        if (std::none_of(e->members.begin(), e->members.end(), [](const ast::EnumMember& v) {
              return std::holds_alternative<ast::EnumValue>(v);
            })) {
          b.diags.push(msg::enum_without_values(e->span));
        }
        ++enum_index;
      }
    }
  }
}

}  // namespace schemac::frontend::db
