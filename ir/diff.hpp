// The differ: Schema × Schema → the ordered list of Changes that takes FROM to TO.
#pragma once

#include <vector>

#include "ir/change.hpp"
#include "ir/schema.hpp"
#include "support/result.hpp"

namespace schemac::ir {

// Compares two schemas of the same dialect object by object, matching by database name:
// tables and enums by (namespace, name), columns by name (column order is not a difference:
// SQLite appends added columns, Prisma ignores the order too), indexes by name (same definition
// under another name is a RenameIndex; same name, other definition: DropIndex + CreateIndex),
// foreign keys by (columns, referenced table, referenced columns) (another name, other actions
// or a constrained column whose type family changes, as Prisma: DropForeignKey +
// AddForeignKey), primary keys by columns and name. A table or column
// that only exists on one side is a create/add or a drop, unless `renames` pairs it with one on
// the other side: renames are never guessed. Through a hint, FROM's objects are compared in
// TO's names: a foreign key to a renamed table or column is not a difference, and an index
// whose Prisma-derived name follows the table (`Old_email_key` → `New_email_key`) is a
// RenameIndex. CHECK constraints are not compared (Prisma does not model them).
//
// What the list holds, beyond one change per difference (renderers rely on this):
// - A created table is a CreateTable carrying the whole table (columns, primary key, indexes,
//   foreign keys) AND, after it, one CreateIndex per index and one AddForeignKey per foreign
//   key, as Prisma's from-empty scripts have them. A renderer that inlines foreign keys into
//   CREATE TABLE (SQLite) skips the AddForeignKey of tables created in the same list; PostgreSQL
//   renders them as ALTER TABLE … ADD CONSTRAINT after all tables, as Prisma does.
// - A dropped table is a DropTable preceded by one DropForeignKey per foreign key of its own (so
//   that tables referencing each other can be dropped in any order, as Prisma does on
//   PostgreSQL); SQLite, which cannot drop a foreign key, skips the DropForeignKey of tables
//   dropped in the same list. No DropIndex is emitted for a dropped table's indexes. A foreign
//   key of a surviving table that points at a dropped table is gone from TO, so it is an
//   ordinary DropForeignKey.
// - Enums: only added and removed values count; a pure reorder of an enum's values is not a
//   difference (Prisma ignores it too, and reporting it would make a database Prisma created
//   differ from its own schema). AlterEnum.after holds TO's order for a renderer that recreates
//   the type.
// - A primary key whose columns are unchanged but whose name follows a renamed table
//   (`Old_pkey` → `New_pkey`) is a ChangePrimaryKey with equal columns: a renderer may rename
//   the constraint instead of recreating it.
// - Namespaces and extensions of TO missing from FROM are created; nothing is ever dropped.
//
// Names: each change names its table as it is called when the change runs, in list order.
// DropForeignKey and DropIndex run before RenameTable/RenameColumn, so they carry FROM's table
// and their FROM definitions; every later kind carries TO's table name. AlterColumn.before and
// ChangePrimaryKey.before are FROM's definitions with columns in TO's names.
//
// The result is in the order of ChangeKind's alternatives (a dependency order: e.g. a
// DropForeignKey always precedes the DropTable of the table it points at, a CreateTable precedes
// the CreateIndex and AddForeignKey that need it), and within one kind in TO's table order
// (FROM's for DropForeignKey, DropIndex, DropColumn and DropTable), columns and indexes in their
// declaration order, so the same inputs always give the same list.
// O((tables + columns + indexes + foreign keys) log n); no pass scans one side per object of
// the other.
//
// Error (one line, naming the hint) when a rename hint names something that is not there: a
// table missing from FROM or TO, a column missing from its table, a column hint on a table that
// is new in TO; or when two hints claim one object or one name, or a new table name is already
// taken in FROM, or a new column name is taken in FROM by a column not renamed away too
// (column swaps and chains are fine: the planners order them).
[[nodiscard]] Result<std::vector<Change>> diff(const Schema& from, const Schema& to,
                                               const RenameHints& renames = {});

}  // namespace schemac::ir
