// The dialect-neutral schema model: what lowering produces, introspection reads, the differ
// compares.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/column.hpp"

// Pure values (STYLE.md §6): no pointers, no back-references, no source spans; a foreign key
// names its tables and columns. Vectors keep declaration order, which is output order; the
// differ matches by name. The model follows Prisma's own SQL schema (schema-engine/
// sql-schema-describer: Table, Column, Index, ForeignKey, Enum) so that a database Prisma made,
// introspected, compares equal to the lowered schema. The canonical choices that make this true
// are stated where they are made.
namespace schemac::ir {

enum class Dialect { Sqlite, Postgres, MySql };

[[nodiscard]] std::string_view dialect_name(Dialect d);  // "sqlite", "postgresql", "mysql"

enum class SortOrder { Asc, Desc };

// PostgreSQL's index access methods (Prisma's `type:`); other dialects only use BTree.
enum class IndexAlgorithm { BTree, Hash, Gist, Gin, SpGist, Brin };

// One column of an index or primary key. Ascending and no operator class are canonical: an
// introspector reports the default as Asc / empty, never as "unspecified".
struct IndexColumn {
  // The column's database name; for an expression, the expression as the database prints it
  // (`lower("email")`). A schema cannot write expression indexes (Prisma's describer skips
  // them): only introspection makes them, and the differ leaves one alone unless both sides
  // have an index of its name (ir/diff_constraints.cpp).
  std::string name;
  SortOrder sort = SortOrder::Asc;
  std::optional<std::uint32_t> length;  // MySQL prefix length
  std::string operator_class;  // as rendered (`jsonb_path_ops`, `gin_trgm_ops`); "" = default
  bool expression = false;     // `name` is an expression
  bool operator==(const IndexColumn&) const = default;
};

struct PrimaryKey {
  // Empty where the dialect cannot name a primary key (SQLite renders `PRIMARY KEY (…)`).
  std::string name;
  std::vector<IndexColumn> columns;
  bool operator==(const PrimaryKey&) const = default;
};

enum class IndexKind { Unique, Normal, Fulltext };

// Unique constraints and plain indexes alike: Prisma creates both with CREATE [UNIQUE] INDEX.
struct Index {
  std::string name;
  IndexKind kind = IndexKind::Normal;
  std::vector<IndexColumn> columns;
  IndexAlgorithm algorithm = IndexAlgorithm::BTree;
  std::string where;  // partial index predicate, verbatim SQL; "" = none
  bool operator==(const Index&) const = default;
};

enum class ReferentialAction { NoAction, Restrict, Cascade, SetNull, SetDefault };

struct ForeignKey {
  std::string name;  // the constraint name
  std::vector<std::string> columns;
  std::string referenced_schema;  // namespace of the referenced table; "" = default
  std::string referenced_table;
  std::vector<std::string> referenced_columns;
  ReferentialAction on_delete = ReferentialAction::NoAction;
  ReferentialAction on_update = ReferentialAction::NoAction;
  bool operator==(const ForeignKey&) const = default;
};

// A CHECK constraint Prisma does not model; kept opaque so introspection can round-trip it.
struct Check {
  std::string name;
  std::string expression;
  bool operator==(const Check&) const = default;
};

struct Table {
  std::string name;
  std::string schema_name;  // namespace (`@@schema`); "" = the connection's default schema
  std::vector<Column> columns;
  std::optional<PrimaryKey> primary_key;
  std::vector<Index> indexes;
  std::vector<ForeignKey> foreign_keys;
  std::vector<Check> checks;
  bool operator==(const Table&) const = default;

  [[nodiscard]] const Column* find_column(std::string_view column_name) const;
  [[nodiscard]] const Index* find_index(std::string_view index_name) const;
  [[nodiscard]] const ForeignKey* find_foreign_key(std::string_view constraint_name) const;
};

struct Enum {
  std::string name;
  std::string schema_name;          // "" = default
  std::vector<std::string> values;  // database names, declaration order (order matters to PG)
  bool operator==(const Enum&) const = default;
};

// A PostgreSQL extension from `extensions = [...]` (preview `postgresqlExtensions`).
struct Extension {
  std::string name;     // database name (`map:` or the name)
  std::string schema;   // "" = not specified
  std::string version;  // "" = not specified
  bool operator==(const Extension&) const = default;
};

struct Schema {
  Dialect dialect = Dialect::Sqlite;
  // Namespaces the schema creates (PostgreSQL `CREATE SCHEMA`), sorted by name as Prisma
  // renders them; empty on SQLite.
  std::vector<std::string> namespaces;
  std::vector<Extension> extensions;
  std::vector<Enum> enums;
  std::vector<Table> tables;
  // Whether an index without `where` here means "not partial": true for a database; for a
  // schema only with Prisma's `partialIndexes` preview feature (7.4+). Without it Prisma
  // ignores index predicates, and so does the differ (ir/diff_constraints.cpp): a hand-made
  // partial index is never dropped by a diff against such a schema.
  bool states_partial_indexes = true;
  // Read from a live database (or replayed migrations), not lowered from a schema file: only
  // such a side has hand-made indexes the other side may be unable to state.
  bool is_database = true;
  bool operator==(const Schema&) const = default;

  // Lookups by name, O(n). `schema_name` "" matches the default namespace only.
  [[nodiscard]] const Table* find_table(std::string_view table_name,
                                        std::string_view schema_name = {}) const;
  [[nodiscard]] const Enum* find_enum(std::string_view enum_name,
                                      std::string_view schema_name = {}) const;
};

[[nodiscard]] std::string_view sort_order_name(SortOrder s);            // "asc", "desc"
[[nodiscard]] std::string_view index_algorithm_name(IndexAlgorithm a);  // "btree", "gin", ...
[[nodiscard]] std::string_view index_kind_name(IndexKind k);            // "unique", "normal", ...
[[nodiscard]] std::string_view referential_action_name(ReferentialAction a);  // "CASCADE", ...

}  // namespace schemac::ir
