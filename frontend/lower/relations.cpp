// Foreign keys of inline relations and the join tables of implicit many-to-many relations
// (`push_inline_relations` and `push_relation_tables` of sql_schema_calculator.rs).
#include <algorithm>
#include <tuple>

#include "frontend/lower/context.hpp"
#include "ir/naming.hpp"
#include "support/assert.hpp"

namespace schemac::frontend::lowering {

namespace {

ir::ReferentialAction action(db::ReferentialAction a) {
  switch (a) {
    case db::ReferentialAction::Cascade:
      return ir::ReferentialAction::Cascade;
    case db::ReferentialAction::Restrict:
      return ir::ReferentialAction::Restrict;
    case db::ReferentialAction::NoAction:
      return ir::ReferentialAction::NoAction;
    case db::ReferentialAction::SetNull:
      return ir::ReferentialAction::SetNull;
    case db::ReferentialAction::SetDefault:
      return ir::ReferentialAction::SetDefault;
  }
  return ir::ReferentialAction::NoAction;
}

// Prisma's default onDelete (`default_on_delete_action` of the relation's referential arity):
// Restrict when any referencing field is required, SetNull only when all are optional
// (NoAction on SQL Server, which has no Restrict); onUpdate defaults to Cascade. An optional
// relation over (sessionId?, projectId) restricts: langfuse's Prisma-made
// 20240124140443_session_composite_key says ON DELETE RESTRICT, and so does prisma-diff.
// Recomputed here from the fields rather than trusted, so the physical schema does not depend
// on how the resolver filled the effective values.
ir::ReferentialAction default_on_delete(const Context& ctx, const db::Relation& r) {
  const db::Model& model = ctx.database.models[r.referencing_model];
  for (const db::FieldId f : r.fields) {
    if (model.fields[f].arity != db::Arity::Optional) {
      return ir::ReferentialAction::Restrict;
    }
  }
  return ir::ReferentialAction::SetNull;
}

const db::RelationAttribute* relation_attribute(const Context& ctx, const db::Relation& r) {
  const db::Field& f = ctx.database.field(r.referencing);
  return f.relation_attribute ? &*f.relation_attribute : nullptr;
}

void lower_foreign_key(Context& ctx, const db::Relation& r) {
  ir::Table* table = ctx.table_for(r.referencing_model);
  const ir::Table* referenced = ctx.table_for(r.referenced_model);
  if (table == nullptr || referenced == nullptr || r.fields.empty()) {
    return;  // a side is a view: Prisma skips the relation
  }
  const db::Model& from = ctx.database.models[r.referencing_model];
  const db::Model& to = ctx.database.models[r.referenced_model];
  ir::ForeignKey fk;
  for (const db::FieldId f : r.fields) {
    fk.columns.emplace_back(from.fields[f].database_name());
  }
  for (const db::FieldId f : r.references) {
    fk.referenced_columns.emplace_back(to.fields[f].database_name());
  }
  fk.referenced_schema = referenced->schema_name;
  fk.referenced_table = referenced->name;
  const db::RelationAttribute* attr = relation_attribute(ctx, r);
  if (attr != nullptr && attr->mapped_name) {
    fk.name = *attr->mapped_name;
  } else {
    fk.name = ir::naming::foreign_key_name(table->name, fk.columns, ctx.identifier_limit);
  }
  fk.on_delete =
      attr != nullptr && attr->on_delete ? action(*attr->on_delete) : default_on_delete(ctx, r);
  fk.on_update = attr != nullptr && attr->on_update ? action(*attr->on_update)
                                                    : ir::ReferentialAction::Cascade;
  const db::Field& field = ctx.database.field(r.referencing);
  ctx.source_map.add({ir::ObjectKind::ForeignKey, table->schema_name, table->name, fk.name},
                     attr != nullptr ? attr->span : field.span);
  table->foreign_keys.push_back(std::move(fk));
}

// The first primary-key column of a model's table: what join-table column A or B references
// and whose type it copies.
const ir::Column& first_primary_key_column(const ir::Table& table) {
  SCHEMAC_ASSERT(table.primary_key && !table.primary_key->columns.empty(),
                 "validation guarantees a single-field id on both sides of an implicit m:n");
  const ir::Column* c = table.find_column(table.primary_key->columns.front().name);
  SCHEMAC_ASSERT(c != nullptr, "primary key column exists");
  return *c;
}

ir::Column join_column(const char* name, const ir::Column& referenced) {
  ir::Column c;
  c.name = name;
  c.type = referenced.type;
  c.nullable = false;
  return c;  // no default, no autoincrement: only the type is copied
}

void lower_join_table(Context& ctx, const db::Relation& r) {
  const ir::Table* a = ctx.table_for(r.model_a);
  const ir::Table* b = ctx.table_for(r.model_b);
  if (a == nullptr || b == nullptr) {
    return;  // `one_side_is_view`
  }
  const std::size_t limit = ctx.identifier_limit;
  const ir::Column& a_id = first_primary_key_column(*a);
  const ir::Column& b_id = first_primary_key_column(*b);
  ir::Table t;
  t.name = ir::naming::join_table_name(r.name, limit);
  t.schema_name = a->schema_name;  // "we put the join table in the schema of table A"
  t.columns.push_back(join_column("A", a_id));
  t.columns.push_back(join_column("B", b_id));
  const ir::IndexColumn col_a{"A", ir::SortOrder::Asc, std::nullopt, ""};
  const ir::IndexColumn col_b{"B", ir::SortOrder::Asc, std::nullopt, ""};
  // Prisma 6 moved PostgreSQL to a primary key (`m2m_join_table_constraint`); other
  // dialects keep the unique index.
  if (ctx.dialect == ir::Dialect::Postgres) {
    t.primary_key =
        ir::PrimaryKey{ir::naming::join_table_primary_key_name(t.name, limit), {col_a, col_b}};
  } else {
    t.indexes.push_back(ir::Index{ir::naming::join_table_unique_name(t.name, limit),
                                  ir::IndexKind::Unique,
                                  {col_a, col_b},
                                  ir::IndexAlgorithm::BTree,
                                  ""});
  }
  t.indexes.push_back(ir::Index{ir::naming::join_table_b_index_name(t.name, limit),
                                ir::IndexKind::Normal,
                                {col_b},
                                ir::IndexAlgorithm::BTree,
                                ""});
  if (ctx.database.relation_mode() == db::RelationMode::ForeignKeys) {
    // `m2m_foreign_key_action`: Cascade both ways (SQL Server self-relations aside).
    const auto cascade = ir::ReferentialAction::Cascade;
    t.foreign_keys.push_back({ir::naming::join_table_foreign_key_name(t.name, 'A', limit),
                              {"A"},
                              a->schema_name,
                              a->name,
                              {a_id.name},
                              cascade,
                              cascade});
    t.foreign_keys.push_back({ir::naming::join_table_foreign_key_name(t.name, 'B', limit),
                              {"B"},
                              b->schema_name,
                              b->name,
                              {b_id.name},
                              cascade,
                              cascade});
  }
  const db::Field& field = ctx.database.field(r.referencing);
  ctx.source_map.add({ir::ObjectKind::Table, t.schema_name, t.name, {}}, field.span);
  ctx.schema.tables.push_back(std::move(t));
}

// The relations in the order Prisma stores them: its parser-database ingests a relation when
// it walks (model, field) pairs in declaration order and meets the field that carries the
// relation (the side with the foreign key; for an implicit m:n, model A's field), whereas
// frontend/db records it at the first field of either side. Foreign keys within a table and
// join tables come out in this order (psl/parser-database/src/relations.rs, infer_relations).
std::vector<const db::Relation*> in_prisma_order(const db::Database& database) {
  std::vector<const db::Relation*> out;
  out.reserve(database.relations.size());
  for (const db::Relation& r : database.relations) {
    out.push_back(&r);
  }
  std::stable_sort(out.begin(), out.end(), [](const db::Relation* a, const db::Relation* b) {
    return std::tie(a->referencing.model, a->referencing.field) <
           std::tie(b->referencing.model, b->referencing.field);
  });
  return out;
}

}  // namespace

void lower_foreign_keys(Context& ctx) {
  if (ctx.database.relation_mode() != db::RelationMode::ForeignKeys) {
    return;  // relationMode = "prisma": the client emulates relations, the database has no FKs
  }
  for (const db::Relation* r : in_prisma_order(ctx.database)) {
    if (r->kind != db::RelationKind::ImplicitManyToMany) {
      lower_foreign_key(ctx, *r);
    }
  }
}

void lower_join_tables(Context& ctx) {
  for (const db::Relation* r : in_prisma_order(ctx.database)) {
    if (r->kind == db::RelationKind::ImplicitManyToMany) {
      lower_join_table(ctx, *r);
    }
  }
}

}  // namespace schemac::frontend::lowering
