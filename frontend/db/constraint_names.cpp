// The pass that gives every key, index and foreign key its constraint name.
#include "frontend/db/builder.hpp"
#include "ir/naming.hpp"

namespace schemac::frontend::db {
// The names themselves come from ir/naming, the one implementation of Prisma's rules that
// lowering uses too, so that validation (name clashes, lengths) and the physical schema agree.
using ir::naming::foreign_key_name;
using ir::naming::index_name;
using ir::naming::primary_key_name;
using ir::naming::unique_index_name;

void compute_constraint_names(Builder& b) {
  Database& db = b.db;
  const std::size_t limit = max_identifier_length(db.provider());
  // ir::naming takes owned column names; one list serves every index and foreign key, so
  // only names too long for std::string's inline buffer allocate.
  std::vector<std::string> cols;
  for (Model& model : db.models) {
    auto columns = [&](const std::vector<IndexField>& fields) -> const std::vector<std::string>& {
      cols.clear();
      for (const auto& f : fields) {
        cols.emplace_back(model.fields[f.field].database_name());
      }
      return cols;
    };
    if (model.primary_key) {
      auto& pk = *model.primary_key;
      pk.constraint_name = pk.mapped_name
                               ? *pk.mapped_name
                               : db.text.keep(primary_key_name(model.database_name(), limit));
    }
    for (Index& index : model.indexes) {
      if (index.mapped_name) {
        index.constraint_name = *index.mapped_name;
      } else if (index.kind == IndexKind::Unique) {
        index.constraint_name =
            db.text.keep(unique_index_name(model.database_name(), columns(index.fields), limit));
      } else {
        index.constraint_name =
            db.text.keep(index_name(model.database_name(), columns(index.fields), limit));
      }
    }
  }
  for (Relation& r : db.relations) {
    if (r.kind == RelationKind::ImplicitManyToMany) {
      continue;
    }
    const Model& model = db.models[r.referencing_model];
    const Field& field = db.field(r.referencing);
    if (field.relation_attribute && field.relation_attribute->mapped_name) {
      r.constraint_name = *field.relation_attribute->mapped_name;
      continue;
    }
    cols.clear();
    for (FieldId f : r.fields) {
      cols.emplace_back(model.fields[f].database_name());
    }
    r.constraint_name = db.text.keep(foreign_key_name(model.database_name(), cols, limit));
  }
}

}  // namespace schemac::frontend::db
