// A terse way to write resolved schemas (frontend/db) by hand for the lowering tests, so they do
// not depend on the parser and resolver. Only what lowering reads is filled. The database views
// its text (see frontend/db/database.hpp): pass string literals, which outlive it.
#pragma once

#include <string>
#include <vector>

#include "frontend/db/database.hpp"
#include "frontend/validate/validate.hpp"

namespace schemac::test {

namespace db = frontend::db;

inline db::Field scalar(std::string_view name, db::ScalarType type,
                        db::Arity arity = db::Arity::Required) {
  db::Field f;
  f.name = name;
  f.type.kind = db::FieldTypeKind::Scalar;
  f.type.scalar = type;
  f.arity = arity;
  return f;
}

inline db::Field enum_field(std::string_view name, db::EnumId e,
                            db::Arity arity = db::Arity::Required) {
  db::Field f;
  f.name = name;
  f.type.kind = db::FieldTypeKind::Enum;
  f.type.target = e;
  f.arity = arity;
  return f;
}

inline db::Field relation_field(std::string_view name, db::ModelId target,
                                db::Arity arity = db::Arity::Required) {
  db::Field f;
  f.name = name;
  f.type.kind = db::FieldTypeKind::Model;
  f.type.target = target;
  f.arity = arity;
  return f;
}

inline db::Field with_default(db::Field f, db::DefaultKind kind) {
  db::DefaultValue d;
  d.kind = kind;
  f.default_value = d;
  return f;
}

inline db::Field with_literal(db::Field f, db::LiteralKind kind, std::string_view text) {
  db::DefaultValue d;
  d.kind = db::DefaultKind::Literal;
  d.literal.kind = kind;
  d.literal.text = text;
  f.default_value = d;
  return f;
}

inline db::Field with_native(db::Field f, std::string_view name,
                             std::vector<std::string_view> args = {}) {
  f.native_type = db::NativeType{"db", name, std::move(args), {}};
  return f;
}

inline db::IndexField index_field(db::FieldId f) {
  db::IndexField i;
  i.field = f;
  return i;
}

inline db::Model model(std::string_view name, std::vector<db::Field> fields,
                       std::vector<db::FieldId> id = {}) {
  db::Model m;
  m.name = name;
  m.fields = std::move(fields);
  if (!id.empty()) {
    db::PrimaryKey pk;
    for (const db::FieldId f : id) {
      pk.fields.push_back(index_field(f));
    }
    m.primary_key = pk;
  }
  return m;
}

inline db::Index index(db::IndexKind kind, std::vector<db::FieldId> fields) {
  db::Index i;
  i.kind = kind;
  for (const db::FieldId f : fields) {
    i.fields.push_back(index_field(f));
  }
  return i;
}

inline db::Database database(db::Provider provider) {
  db::Database d;
  db::Datasource ds;
  ds.name = "db";
  ds.provider = provider;
  d.datasource = ds;
  return d;
}

// A one-to-many relation: `fields` of model `from` reference `references` of model `to`;
// `forward` is the relation field on `from` (it gets the @relation attribute).
inline db::Relation inline_relation(db::Database& d, db::ModelId from, db::FieldId forward,
                                    std::vector<db::FieldId> fields, db::ModelId to,
                                    std::vector<db::FieldId> references) {
  db::Relation r;
  r.kind = db::RelationKind::OneToMany;
  r.referencing = {from, forward};
  r.referencing_model = from;
  r.referenced_model = to;
  r.fields = fields;
  r.references = references;
  db::RelationAttribute attr;
  attr.fields = fields;
  d.models[from].fields[forward].relation_attribute = attr;
  return r;
}

inline frontend::ValidatedSchema validated(db::Database d) {
  return frontend::ValidatedSchema{std::move(d), true};
}

}  // namespace schemac::test
