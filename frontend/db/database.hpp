// The resolved schema (Prisma's "parser database", psl/parser-database): names looked up, types
// resolved, attributes typed, relations inferred. What validation checks and lowering reads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/db/optional_box.hpp"
#include "frontend/db/text_store.hpp"
#include "support/span.hpp"

// Vocabulary (Prisma's psl/parser-database/src/lib.rs "Terminology"):
//   name             what the schema calls a thing (`User`, `email`)
//   mapped_name      what `@map` / `@@map` / `map:` says, when present
//   database_name    mapped_name if present, else name: the table, column or enum type
//   constraint_name  the database name of a primary key, index, unique or foreign key:
//                    `map:` if present, else Prisma's default (`User_pkey`, `User_email_key`,
//                    `Post_authorId_fkey`, `User_name_idx`), cut to the provider's limit.
//
// Cross references are indices into the vectors of `Database` (ModelId into `models`, FieldId
// into that model's `fields`, ...). Text is std::string_view: what the schema wrote (names,
// `map:` strings without escapes, literals) points into the SourceManager the AST was parsed
// from, and what resolution computes (constraint names, default relation names, unescaped
// strings) into `Database::text`. So a Database must not outlive its SourceManager; it needs
// neither the AST nor copies of the text (at 10,000 models, owned strings were a third of the
// front end's heap). The configuration blocks, one of each, keep owned strings. Vectors keep
// declaration order (files in the order given, then source order). The database is complete
// only when validation reported no error; after errors it holds what could be resolved.
namespace schemac::frontend::db {

using ModelId = std::uint32_t;      // index into Database::models (models and views)
using EnumId = std::uint32_t;       // index into Database::enums
using CompositeId = std::uint32_t;  // index into Database::composite_types
using FieldId = std::uint32_t;      // index into Model::fields / CompositeType::fields
using RelationId = std::uint32_t;   // index into Database::relations

struct FieldRef {
  ModelId model = 0;
  FieldId field = 0;
  bool operator==(const FieldRef&) const = default;
};

// ---------------------------------------------------------------------------------------------
// Configuration blocks

// `provider` normalised: "postgres" and "postgresql" are both PostgreSql.
enum class Provider { None, PostgreSql, Sqlite, MySql, SqlServer, CockroachDb, MongoDb, Unknown };

enum class RelationMode { ForeignKeys, Prisma };

// One entry of `extensions = [pg_trgm, postgis(version: "3.1", schema: "ext", map: "x")]`.
struct Extension {
  std::string name;
  std::optional<std::string> mapped_name;  // map:
  std::optional<std::string> schema;
  std::optional<std::string> version;
  Span span;
};

struct Datasource {
  std::string name;             // `db`
  std::string provider_text;    // as written: "postgres"
  Provider provider = Provider::None;
  // Prisma <= 6 connection properties (Prisma 7 rejects them; they never change the schema).
  bool has_url = false;
  bool has_direct_url = false;
  bool has_shadow_database_url = false;
  std::optional<RelationMode> relation_mode;  // `relationMode` (or legacy `referentialIntegrity`)
  std::vector<std::string> schemas;           // `schemas = ["public", "auth"]`
  std::optional<Span> schemas_span;           // the value of `schemas`, when present
  std::vector<Extension> extensions;          // `extensions = [...]`
  Span span;
};

struct Generator {
  std::string name;
  std::optional<std::string> provider;
  std::optional<std::string> output;
  std::vector<std::string> preview_features;  // as written
  Span preview_features_span;
  Span span;
};

// ---------------------------------------------------------------------------------------------
// Types

enum class ScalarType : std::uint8_t {
  String,
  Boolean,
  Int,
  BigInt,
  Float,
  Decimal,
  DateTime,
  Json,
  Bytes
};

[[nodiscard]] std::string_view scalar_type_name(ScalarType t);  // "String", "BigInt", ...

enum class Arity : std::uint8_t { Required, Optional, List };

enum class FieldTypeKind : std::uint8_t {
  Scalar,       // `scalar`
  Enum,         // `enum_id`
  Composite,    // `composite_id` (a `type` block)
  Model,        // a relation field: `model_id`
  Unsupported,  // `Unsupported("text")`: `unsupported`
  Unresolved,   // the name matched nothing (an error was reported)
};

struct FieldType {
  FieldTypeKind kind = FieldTypeKind::Unresolved;
  ScalarType scalar = ScalarType::String;  // meaningful when kind == Scalar
  std::uint32_t target = 0;                // EnumId, CompositeId or ModelId by kind
  std::string_view unsupported;            // meaningful when kind == Unsupported
  std::string_view name;                   // the type as written: `String`, `User`
};

// `@db.VarChar(255)`: name without the prefix, arguments as written (numbers stay text).
struct NativeType {
  std::string_view prefix;                  // the datasource name, `db`
  std::string_view name;                    // `VarChar`
  std::vector<std::string_view> arguments;  // `255`
  Span span;
};

// ---------------------------------------------------------------------------------------------
// Defaults

enum class DefaultKind : std::uint8_t {
  Literal,          // a string, number, boolean, enum value or list of them: `literal`
  Autoincrement,    // autoincrement()
  Now,              // now()
  Uuid,             // uuid() / uuid(4) / uuid(7): `version`
  Cuid,             // cuid() / cuid(1) / cuid(2): `version`
  Nanoid,           // nanoid() / nanoid(n): `version` holds n
  Ulid,             // ulid()
  DbGenerated,      // dbgenerated("expr") / dbgenerated(): `db_expression`
  Sequence,         // sequence(...) (CockroachDB): `sequence_arguments`
  Auto,             // auto() (MongoDB)
  UnknownFunction,  // any other function: `function_name` (the provider rejects it)
};

enum class LiteralKind : std::uint8_t { String, Number, Boolean, EnumValue, List };

struct Literal {
  LiteralKind kind = LiteralKind::String;
  std::string_view text;        // unescaped string, number as written, `true`, enum value name
  std::vector<Literal> items;   // kind == List
  Span span;
};

struct DefaultValue {
  DefaultKind kind = DefaultKind::Literal;
  Literal literal;                                   // kind == Literal
  std::optional<std::uint32_t> version;              // uuid/cuid version, nanoid length
  std::optional<std::string_view> db_expression;     // kind == DbGenerated (absent: empty call)
  // kind == Sequence: (name or empty, value as written)
  std::vector<std::pair<std::string_view, std::string_view>> sequence_arguments;
  std::optional<std::string_view> mapped_name;       // `@default(x, map: "name")`
  std::string_view function_name;                    // kind == Sequence / UnknownFunction
  Span span;                                         // the `@default(...)` attribute
  Span value_span;                                   // the first argument
};

// ---------------------------------------------------------------------------------------------
// Indexes, keys

enum class SortOrder : std::uint8_t { Asc, Desc };

enum class IndexAlgorithm : std::uint8_t { BTree, Hash, Gist, Gin, SpGist, Brin };

// `ops: JsonbPathOps` or `ops: raw("gin_trgm_ops")`.
struct OperatorClass {
  std::string_view name;  // `JsonbPathOps`, or the raw text
  bool raw = false;
  Span span;
};

struct IndexField {
  FieldId field = 0;                       // in the model holding the index
  std::vector<FieldId> path;               // composite type fields after `field` (MongoDB)
  std::optional<SortOrder> sort;
  std::optional<std::uint32_t> length;
  std::optional<OperatorClass> ops;
  Span span;
};

struct PrimaryKey {
  std::vector<IndexField> fields;
  std::optional<std::string_view> name;         // `@@id(name: "x")`: the client's name
  std::optional<std::string_view> mapped_name;  // `map:`
  std::string_view constraint_name;             // mapped_name or `{table}_pkey`
  std::optional<bool> clustered;
  std::optional<FieldId> source_field;     // set for field-level `@id`
  Span span;                               // the attribute
  Span mapped_name_span;                   // the `map:` argument, else the attribute
};

enum class IndexKind : std::uint8_t { Unique, Normal, Fulltext };

struct Index {
  IndexKind kind = IndexKind::Normal;
  std::vector<IndexField> fields;
  std::optional<std::string_view> name;         // `name:` (only for `@@unique`: the client's name)
  std::optional<std::string_view> mapped_name;  // `map:`
  std::string_view constraint_name;             // mapped_name or `{table}_{columns}_key|_idx`
  std::optional<IndexAlgorithm> algorithm; // `type:`
  std::optional<bool> clustered;
  std::optional<std::string_view> where;   // `where: raw("...")` (partial index), verbatim
  std::optional<FieldId> source_field;     // set for field-level `@unique`
  Span span;                               // the attribute
  Span mapped_name_span;                   // the `map:` argument, else the attribute
  Span algorithm_span;                     // the `type:` argument, else the attribute
};

// ---------------------------------------------------------------------------------------------
// Relations

enum class ReferentialAction : std::uint8_t { Cascade, Restrict, NoAction, SetNull, SetDefault };

// `@relation(...)` as written on one field.
struct RelationAttribute {
  std::optional<std::string_view> name;            // first unnamed argument or `name:`
  std::optional<std::vector<FieldId>> fields;      // in the field's own model
  std::optional<std::vector<std::string_view>> references;  // names in the other model, as written
  std::optional<ReferentialAction> on_delete;
  std::optional<ReferentialAction> on_update;
  std::optional<std::string_view> mapped_name;  // `map:` (the foreign key's name)
  Span span;
  Span mapped_name_span;                   // the `map:` argument, else the attribute
  Span on_delete_span;           // the value (`Cascade`)
  Span on_update_span;
  Span on_delete_argument_span;  // the whole argument (`onDelete: Cascade`)
  Span on_update_argument_span;
};

enum class RelationKind : std::uint8_t {
  OneToOne,
  OneToMany,
  ImplicitManyToMany,  // both sides lists, no fields/references: a join table `_{A}To{B}`
};

// An inferred relation: a pair of relation fields (or a lone field when the other side is
// missing, which is an error in a valid schema). `referencing` is the side that holds
// `fields:`/`references:` (the foreign key side); for implicit m:n, `referencing` is the field
// of the model whose name sorts first (the join table's column `A`).
struct Relation {
  RelationKind kind = RelationKind::OneToMany;
  std::string_view name;  // explicit name, or Prisma's default `{A}To{B}`
  bool has_explicit_name = false;
  FieldRef referencing;                 // the forward side
  std::optional<FieldRef> referenced;   // the back-relation field, if declared
  ModelId referencing_model = 0;
  ModelId referenced_model = 0;
  // Foreign key columns (fields of referencing_model) and what they point at (fields of
  // referenced_model); empty for implicit m:n.
  std::vector<FieldId> fields;
  std::vector<FieldId> references;
  // Effective actions: as written, else Prisma's defaults (onDelete: SetNull when any
  // referencing field is optional, Restrict otherwise; onUpdate: Cascade). Implicit m:n tables
  // always use Cascade/Cascade.
  ReferentialAction on_delete = ReferentialAction::Restrict;
  ReferentialAction on_update = ReferentialAction::Cascade;
  bool on_delete_explicit = false;
  bool on_update_explicit = false;
  std::string_view constraint_name;  // foreign key: `map:` or `{table}_{columns}_fkey`
  // Implicit m:n only: `_{A}To{B}` or `_{name}`; models A and B sorted by name.
  std::string_view join_table_name;
  ModelId model_a = 0;
  ModelId model_b = 0;
  bool is_self_relation() const { return referencing_model == referenced_model; }
};

// ---------------------------------------------------------------------------------------------
// Models, views, enums, composite types

// A schema has one per field (120,000 at 10,000 models), so its size is the resolved schema's:
// enums are bytes, and what most fields lack is boxed (160 bytes, from 856 inline).
struct Field {
  std::string_view name;
  std::optional<std::string_view> mapped_name;  // `@map("x")`
  FieldType type;
  OptionalBox<NativeType> native_type;
  OptionalBox<DefaultValue> default_value;
  OptionalBox<RelationAttribute> relation_attribute;  // relation fields only
  // `///` lines, text after the slashes (views the source, as ast::Comment does)
  OptionalBox<std::vector<std::string_view>> documentation;
  std::optional<RelationId> relation;      // relation fields only, after inference
  Arity arity = Arity::Required;
  bool is_updated_at = false;              // `@updatedAt`
  bool is_ignored = false;                 // `@ignore`
  Span span;
  Span name_span;
  Span type_span;

  [[nodiscard]] std::string_view database_name() const { return mapped_name ? *mapped_name : name; }
  [[nodiscard]] bool is_relation() const { return type.kind == FieldTypeKind::Model; }
  [[nodiscard]] bool is_scalar_like() const {
    return type.kind != FieldTypeKind::Model && type.kind != FieldTypeKind::Unresolved;
  }
};

struct Model {
  std::string_view name;
  std::optional<std::string_view> mapped_name;  // `@@map("x")`
  Span mapped_name_span;                   // the `@@map` attribute, when present
  bool is_view = false;
  bool is_ignored = false;                 // `@@ignore`
  std::optional<std::string_view> schema;  // `@@schema("x")`
  Span schema_span;                        // the `@@schema` argument, when present
  std::vector<Field> fields;
  std::optional<PrimaryKey> primary_key;   // `@id` or `@@id`
  std::vector<Index> indexes;              // Prisma's order: field-level `@unique`s by field,
                                           // then every `@@index`, every `@@unique`, every
                                           // `@@fulltext`, each in source order
  std::vector<std::string_view> documentation;
  Span span;
  Span name_span;

  [[nodiscard]] std::string_view database_name() const { return mapped_name ? *mapped_name : name; }
  [[nodiscard]] std::optional<FieldId> find_field(std::string_view field_name) const;
};

struct EnumValue {
  std::string_view name;
  std::optional<std::string_view> mapped_name;  // `@map("x")`
  Span span;

  [[nodiscard]] std::string_view database_name() const { return mapped_name ? *mapped_name : name; }
};

struct Enum {
  std::string_view name;
  std::optional<std::string_view> mapped_name;  // `@@map("x")`
  std::optional<std::string_view> schema;       // `@@schema("x")`
  Span schema_span;                        // the `@@schema` argument, when present
  std::vector<EnumValue> values;
  std::vector<std::string_view> documentation;
  Span span;
  Span name_span;

  [[nodiscard]] std::string_view database_name() const { return mapped_name ? *mapped_name : name; }
};

struct CompositeType {
  std::string_view name;
  std::vector<Field> fields;
  Span span;
  Span name_span;
};

// ---------------------------------------------------------------------------------------------

struct Database {
  std::optional<Datasource> datasource;  // the first datasource block (Prisma allows one)
  std::vector<Generator> generators;
  std::vector<Model> models;             // models and views, declaration order
  std::vector<Enum> enums;
  std::vector<CompositeType> composite_types;
  std::vector<Relation> relations;       // in the order of their referencing fields
  TextStore text;                        // the text views above that are not the source's

  [[nodiscard]] Provider provider() const {
    return datasource ? datasource->provider : Provider::None;
  }
  // Explicit `relationMode`, else Prisma's default (foreign keys; MongoDB: prisma).
  [[nodiscard]] RelationMode relation_mode() const;
  // Case-insensitive, as Prisma compares preview feature names.
  [[nodiscard]] bool has_preview_feature(std::string_view feature) const;

  [[nodiscard]] std::optional<ModelId> find_model(std::string_view name) const;
  [[nodiscard]] std::optional<EnumId> find_enum(std::string_view name) const;
  [[nodiscard]] std::optional<CompositeId> find_composite_type(std::string_view name) const;

  [[nodiscard]] const Model& model(ModelId id) const { return models[id]; }
  [[nodiscard]] const Field& field(FieldRef f) const { return models[f.model].fields[f.field]; }
};

// The longest identifier the provider accepts (PostgreSQL 63 bytes); Prisma cuts default
// constraint names to it. Providers without a limit answer a large number.
[[nodiscard]] std::size_t max_identifier_length(Provider provider);

}  // namespace schemac::frontend::db
