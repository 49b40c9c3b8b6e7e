// Rules about database names: tables, enum types and constraint names must not clash in
// their namespace, and `map:` names must fit the provider's identifier limit
// (psl-core validations/names.rs, constraint_namespace.rs, database_name.rs).
#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/validate/messages.hpp"
#include "frontend/validate/rules.hpp"

namespace schemac::frontend::rules {
namespace {

std::string_view schema_of(const std::optional<std::string_view>& schema) {
  return schema.value_or(std::string_view());
}

std::string_view pk_attribute(const db::PrimaryKey& pk) {
  return pk.source_field ? "@id" : "@@id";
}

enum class Scope { Global, Model };

// Which constraints share a namespace, per provider (psl-core ConstraintScope):
// PostgreSQL: primary keys, indexes and uniques are global (per schema); per table, those
// and foreign keys. SQLite: indexes and uniques are global. No datasource: none.
struct Namespaces {
  bool global_includes_primary_keys = false;
  bool global = false;
  bool per_model = false;
};

Namespaces namespaces_of(db::Provider provider) {
  switch (provider) {
    case db::Provider::PostgreSql: return {true, true, true};
    case db::Provider::Sqlite: return {false, true, false};
    default: return {};
  }
}

std::string global_description(const Namespaces& ns) {
  return ns.global_includes_primary_keys ? "global for primary key, indexes and unique constraints"
                                         : "global for indexes and unique constraints";
}

std::string model_description(std::string_view model) {
  return "on model `" + std::string(model) +
         "` for primary key, indexes, unique constraints and foreign keys";
}

using Counts = ConstraintNameCounts;

// Whether some key appears twice: O(n) expected with one allocation (an open-addressing table
// of indices into `keys`), where sorting 40,000 names at 10,000 models only to find none
// repeated was most of these rules' time.
template <typename Key, typename Hash>
bool has_repeats(const std::vector<Key>& keys, Hash hash) {
  std::size_t capacity = 16;
  while (capacity < 2 * keys.size()) {
    capacity *= 2;
  }
  constexpr std::uint32_t kEmpty = UINT32_MAX;
  std::vector<std::uint32_t> slots(capacity, kEmpty);
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    std::size_t s = hash(keys[i]) & (capacity - 1);
    for (; slots[s] != kEmpty; s = (s + 1) & (capacity - 1)) {
      if (keys[slots[s]] == keys[i]) {
        return true;
      }
    }
    slots[s] = i;
  }
  return false;
}

template <typename First>
std::size_t hash_key(const std::pair<First, std::string_view>& key) {
  const std::size_t name = std::hash<std::string_view>{}(key.second);
  return name ^ (std::hash<First>{}(key.first) * 0x9e3779b97f4a7c15ULL);
}

Counts count_names(const db::Database& db, const Namespaces& ns) {
  Counts c;
  if (!ns.global && !ns.per_model) {
    return c;  // nothing is ever looked up (constraint_names_are_unique returns early)
  }
  for (db::ModelId m = 0; m < db.models.size(); ++m) {
    const db::Model& model = db.models[m];
    if (model.is_view) {
      continue;
    }
    const std::string_view schema = schema_of(model.schema);
    if (model.primary_key) {
      if (ns.global_includes_primary_keys) {
        c.global.emplace_back(schema, model.primary_key->constraint_name);
      }
      c.model.emplace_back(m, model.primary_key->constraint_name);
    }
    for (const auto& index : model.indexes) {
      c.global.emplace_back(schema, index.constraint_name);
      c.model.emplace_back(m, index.constraint_name);
    }
  }
  for (const auto& r : db.relations) {
    if (r.kind != db::RelationKind::ImplicitManyToMany && !db.models[r.referencing_model].is_view) {
      c.model.emplace_back(r.referencing_model, r.constraint_name);
    }
  }
  // Sorted for lookups only when some name repeats: otherwise nothing is looked up.
  c.global_has_repeats = has_repeats(c.global, hash_key<std::string_view>);
  c.model_has_repeats = has_repeats(c.model, hash_key<db::ModelId>);
  if (c.global_has_repeats) {
    std::sort(c.global.begin(), c.global.end());
  }
  if (c.model_has_repeats) {
    std::sort(c.model.begin(), c.model.end());
  }
  return c;
}

// For each key, the index of the first key equal to it: O(n log n) in keys.
template <typename Key>
std::vector<std::uint32_t> first_with_same_key(const std::vector<Key>& keys) {
  std::vector<std::pair<Key, std::uint32_t>> sorted;
  sorted.reserve(keys.size());
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    sorted.emplace_back(keys[i], i);
  }
  std::sort(sorted.begin(), sorted.end());
  std::vector<std::uint32_t> first(keys.size());
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    const bool starts_group = i == 0 || sorted[i].first != sorted[i - 1].first;
    first[sorted[i].second] = starts_group ? sorted[i].second : first[sorted[i - 1].second];
  }
  return first;
}

void check_name(Context& ctx, const Namespaces& ns, const Counts& counts, db::ModelId m,
                std::string_view name, bool in_global, std::string_view attribute, Span span) {
  const db::Model& model = ctx.db.models[m];
  if (ns.global && in_global) {
    if (counts.is_repeated_globally(schema_of(model.schema), name)) {
      ctx.diags.push(msg::duplicate_constraint_name(span, attribute, name, global_description(ns)));
      return;  // one clash is reported once, in the widest namespace
    }
  }
  if (ns.per_model) {
    if (counts.is_repeated_in_model(m, name)) {
      ctx.diags.push(
          msg::duplicate_constraint_name(span, attribute, name, model_description(model.name)));
    }
  }
}

}  // namespace

bool ConstraintNameCounts::is_repeated_globally(std::string_view schema,
                                                std::string_view name) const {
  if (!global_has_repeats) {
    return false;
  }
  const auto [begin, end] = std::equal_range(global.begin(), global.end(), std::pair{schema, name});
  return end - begin > 1;
}

bool ConstraintNameCounts::is_repeated_in_model(db::ModelId m, std::string_view name) const {
  if (!model_has_repeats) {
    return false;
  }
  const auto [begin, end] = std::equal_range(model.begin(), model.end(), std::pair{m, name});
  return end - begin > 1;
}

ConstraintNameCounts count_constraint_names(const db::Database& db) {
  return count_names(db, namespaces_of(db.provider()));
}

void models_have_unique_database_names(Context& ctx) {
  std::vector<std::pair<std::string_view, std::string_view>> keys;
  keys.reserve(ctx.db.models.size());
  for (const db::Model& model : ctx.db.models) {
    keys.emplace_back(schema_of(model.schema), model.database_name());
  }
  const std::vector<std::uint32_t> first = first_with_same_key(keys);
  for (db::ModelId m = 0; m < ctx.db.models.size(); ++m) {
    const db::Model& model = ctx.db.models[m];
    if (first[m] != m) {
      const Span span = model.mapped_name ? model.mapped_name_span : model.name_span;
      ctx.diags.push(msg::duplicate_model_database_name(span, model.is_view,
                                                        model.database_name(),
                                                        ctx.db.models[first[m]].name));
    }
  }
}

void enums_have_unique_database_names(Context& ctx) {
  std::vector<std::pair<std::string_view, std::string_view>> keys;
  keys.reserve(ctx.db.enums.size());
  for (const db::Enum& enm : ctx.db.enums) {
    keys.emplace_back(schema_of(enm.schema), enm.database_name());
  }
  const std::vector<std::uint32_t> first = first_with_same_key(keys);
  for (db::EnumId e = 0; e < ctx.db.enums.size(); ++e) {
    if (first[e] != e) {
      ctx.diags.push(msg::duplicate_enum_database_name(ctx.db.enums[e].span));
    }
  }
}

void constraint_names_are_unique(Context& ctx, db::ModelId m) {
  const db::Model& model = ctx.db.models[m];
  if (model.is_view) {
    return;
  }
  const Namespaces ns = namespaces_of(ctx.db.provider());
  if (!ns.global && !ns.per_model) {
    return;
  }
  const Counts& counts = ctx.names;
  // Keys and indexes are checked in the global namespace; a clash with a foreign key is
  // reported on the foreign key only (relation_constraint_names_are_unique), as Prisma does.
  const Namespaces global_only{ns.global_includes_primary_keys, ns.global, false};
  if (model.primary_key) {
    check_name(ctx, global_only, counts, m, model.primary_key->constraint_name,
               ns.global_includes_primary_keys, pk_attribute(*model.primary_key),
               model.primary_key->mapped_name_span);
  }
  for (const auto& index : model.indexes) {
    check_name(ctx, global_only, counts, m, index.constraint_name, true, index_attribute(index),
               index.mapped_name_span);
  }
}

void relation_constraint_names_are_unique(Context& ctx, const db::Relation& relation) {
  const Namespaces ns = namespaces_of(ctx.db.provider());
  if (!ns.per_model || relation.kind == db::RelationKind::ImplicitManyToMany ||
      ctx.db.models[relation.referencing_model].is_view) {
    return;
  }
  const Counts& counts = ctx.names;
  const Namespaces model_only{false, false, true};
  const db::Field& field = ctx.db.field(relation.referencing);
  check_name(ctx, model_only, counts, relation.referencing_model, relation.constraint_name, false,
             "@relation",
             field.relation_attribute && field.relation_attribute->mapped_name
                 ? field.relation_attribute->mapped_name_span
                 : field.span);
}

void mapped_names_fit_the_identifier_limit(Context& ctx, db::ModelId m) {
  const db::Model& model = ctx.db.models[m];
  const std::size_t limit = ctx.connector.max_identifier_length;
  auto check = [&](const std::optional<std::string_view>& name, std::string_view attribute,
                   Span s) {
    if (name && name->size() > limit) {
      ctx.diags.push(msg::constraint_name_too_long(s, model.name, *name, attribute, limit));
    }
  };
  if (model.primary_key) {
    check(model.primary_key->mapped_name, pk_attribute(*model.primary_key),
          model.primary_key->span);
  }
  for (const auto& index : model.indexes) {
    check(index.mapped_name, index_attribute(index), index.span);
  }
  for (const auto& field : model.fields) {
    if (field.relation_attribute) {
      check(field.relation_attribute->mapped_name, "@relation", field.relation_attribute->span);
    }
  }
}

}  // namespace schemac::frontend::rules
