// The change model: what the differ finds between two schemas, one typed value per change.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "ir/schema.hpp"

// Each change carries copies of the definitions it needs (the table it creates, the column as it
// was and as it will be), so a renderer, the lint rules and the JSON dump never look anything up
// in the schemas. Objects are named by database names; `schema_name` "" is the default namespace.
// The reverse of a diff is not computed from these values: it is the diff from TO back to FROM
// with the rename hints inverted (DESIGN.md §4).
namespace schemac::ir {

// A table as a change names it.
struct TableRef {
  std::string schema_name;
  std::string name;
  bool operator==(const TableRef&) const = default;
};

struct CreateTable {
  Table table;  // as in TO, with its primary key, foreign keys and indexes
};
struct DropTable {
  Table table;  // as in FROM: what is lost
};
struct RenameTable {
  TableRef from;  // FROM's name
  std::string to;  // TO's name, same namespace
};

struct AddColumn {
  TableRef table;
  Column column;
};
struct DropColumn {
  TableRef table;
  Column column;  // as in FROM
};
struct RenameColumn {
  TableRef table;  // the table's name in TO
  std::string from;
  std::string to;
};

// What differs in an altered column (atlas' ChangeNull | ChangeType | ...), as bit flags.
enum ColumnChange : std::uint8_t {
  kChangeType = 1 << 0,           // family, native type or array-ness
  kChangeNullability = 1 << 1,    // nullable ↔ required
  kChangeDefault = 1 << 2,        // added, dropped or changed database default
  kChangeAutoincrement = 1 << 3,  // autoincrement flag
};

struct AlterColumn {
  TableRef table;   // the table's name in TO
  Column before;    // as in FROM (its name is TO's name when a rename hint applies)
  Column after;     // as in TO
  std::uint8_t changes = 0;  // ColumnChange bits, never 0
};

// Added (before empty), dropped (after empty) or changed primary key.
struct ChangePrimaryKey {
  TableRef table;
  std::optional<PrimaryKey> before;
  std::optional<PrimaryKey> after;
};

// Unique constraints and plain indexes alike.
struct CreateIndex {
  TableRef table;
  Index index;
};
struct DropIndex {
  TableRef table;
  Index index;
};
// Same definition, new name only.
struct RenameIndex {
  TableRef table;
  std::string from;
  std::string to;
};

struct AddForeignKey {
  TableRef table;
  ForeignKey foreign_key;
};
// A changed foreign key (columns, target or referential actions) is a drop and an add.
struct DropForeignKey {
  TableRef table;
  ForeignKey foreign_key;
};

struct CreateEnum {
  Enum enum_type;
};
struct DropEnum {
  Enum enum_type;
};
// Values added and removed; `before`/`after` hold the whole types (PostgreSQL's value removal
// recreates the type). Value renames are not guessed: a renamed value is a removal plus an add.
struct AlterEnum {
  Enum before;
  Enum after;
  std::vector<std::string> added;    // in TO's order
  std::vector<std::string> removed;  // in FROM's order
};

// PostgreSQL namespaces and extensions (from-empty parity; DESIGN.md §3).
struct CreateNamespace {
  std::string name;
};
struct CreateExtension {
  Extension extension;
};

// The alternatives are listed in the order the differ emits them (a dependency order, after
// Prisma's SqlMigrationStep): foreign keys and indexes go before the columns and tables they
// use, tables are created before the indexes and foreign keys that need them, and a primary key
// changes after its new columns exist and before its old ones are dropped.
using ChangeKind =
    std::variant<CreateNamespace, CreateExtension, CreateEnum, AlterEnum, DropForeignKey,
                 DropIndex, RenameTable, RenameColumn, AddColumn, AlterColumn, ChangePrimaryKey,
                 DropColumn, DropTable, CreateTable, CreateIndex, RenameIndex, AddForeignKey,
                 DropEnum>;

struct Change {
  ChangeKind kind;
};

// Explicit renames (`--rename`), in database names; the differ never guesses one.
struct TableRename {
  std::string schema_name;
  std::string from;  // table name in FROM
  std::string to;    // table name in TO
};
struct ColumnRename {
  std::string schema_name;
  std::string table;  // the table's name in TO
  std::string from;   // column name in FROM
  std::string to;     // column name in TO
};
struct RenameHints {
  std::vector<TableRename> tables;
  std::vector<ColumnRename> columns;

  // The hints for the reverse diff (TO → FROM).
  [[nodiscard]] RenameHints inverted() const;
};

// Short name of a change's kind: "CreateTable", "AlterColumn", ... (Prisma's step names).
[[nodiscard]] std::string_view change_kind_name(const Change& change);

// Names quoted as SQL quotes them (`"we""ird"`, `"auth"."User"`, `"User"."age"`): how
// describe(), the lint findings and the script headers name objects.
[[nodiscard]] std::string quoted_name(std::string_view name);
[[nodiscard]] std::string quoted_table(const TableRef& table);
[[nodiscard]] std::string quoted_column(const TableRef& table, std::string_view column);

// The change and its object, quoted as SQL would: `DropColumn "User"."age"`,
// `CreateIndex "User_email_key" on "User"`.
[[nodiscard]] std::string describe(const Change& change);

// The table a change belongs to; nullopt for enums, namespaces and extensions.
[[nodiscard]] std::optional<TableRef> change_table(const Change& change);

}  // namespace schemac::ir
