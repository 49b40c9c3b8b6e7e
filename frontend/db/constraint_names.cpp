// Default constraint names, and the pass that gives every key, index and foreign key its
// constraint name.
#include "frontend/db/constraint_names.hpp"

#include "frontend/db/builder.hpp"

namespace schemac::frontend::db {
namespace {

// The largest cut <= index that does not split a UTF-8 sequence (Rust's floor_char_boundary).
std::size_t floor_char_boundary(std::string_view s, std::size_t index) {
  if (index >= s.size()) {
    return s.size();
  }
  while (index > 0 && (static_cast<unsigned char>(s[index]) & 0xC0) == 0x80) {
    --index;
  }
  return index;
}

std::string cut_and_suffix(std::string joined, std::string_view suffix, std::size_t limit) {
  if (joined.size() >= limit - suffix.size()) {
    joined.resize(floor_char_boundary(joined, limit - suffix.size()));
  }
  return joined + std::string(suffix);
}

std::string with_columns(std::string_view table, const std::vector<std::string>& columns) {
  std::string out(table);
  out += '_';
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) {
      out += '_';
    }
    out += columns[i];
  }
  return out;
}

}  // namespace

std::string primary_key_name(std::string_view table, std::size_t limit) {
  return cut_and_suffix(std::string(table), "_pkey", limit);
}

std::string unique_index_name(std::string_view table, const std::vector<std::string>& columns,
                              std::size_t limit) {
  return cut_and_suffix(with_columns(table, columns), "_key", limit);
}

std::string non_unique_index_name(std::string_view table,
                                  const std::vector<std::string>& columns, std::size_t limit) {
  return cut_and_suffix(with_columns(table, columns), "_idx", limit);
}

std::string foreign_key_name(std::string_view table, const std::vector<std::string>& columns,
                             std::size_t limit) {
  return cut_and_suffix(with_columns(table, columns), "_fkey", limit);
}

void compute_constraint_names(Builder& b) {
  Database& db = b.db;
  const std::size_t limit = max_identifier_length(db.provider());
  for (Model& model : db.models) {
    auto columns = [&](const std::vector<IndexField>& fields) {
      std::vector<std::string> out;
      for (const auto& f : fields) {
        out.push_back(model.fields[f.field].database_name());
      }
      return out;
    };
    if (model.primary_key) {
      auto& pk = *model.primary_key;
      pk.constraint_name =
          pk.mapped_name ? *pk.mapped_name : primary_key_name(model.database_name(), limit);
    }
    for (Index& index : model.indexes) {
      if (index.mapped_name) {
        index.constraint_name = *index.mapped_name;
      } else if (index.kind == IndexKind::Unique) {
        index.constraint_name = unique_index_name(model.database_name(), columns(index.fields), limit);
      } else {
        index.constraint_name =
            non_unique_index_name(model.database_name(), columns(index.fields), limit);
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
    std::vector<std::string> cols;
    for (FieldId f : r.fields) {
      cols.push_back(model.fields[f].database_name());
    }
    r.constraint_name = foreign_key_name(model.database_name(), cols, limit);
  }
}

}  // namespace schemac::frontend::db
