// ALTER TABLE for PostgreSQL: Prisma's grouped AlterTable statement and its clauses, column and
// constraint renames, and the statements of schemac's staged forms (backfills, NOT NULL checks).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ir/change.hpp"
#include "ir/schema.hpp"

namespace schemac::backends::postgres {

// `ALTER TABLE "s"."T" clause1,\nclause2`: Prisma puts every column and primary key change of a
// table in one statement (one table rewrite at most), one clause per line.
[[nodiscard]] std::string render_alter_table(const ir::TableRef& table,
                                             const std::vector<std::string>& clauses);

// `ADD COLUMN     "c" T …`: Prisma's column definition keeps its four-space indentation after
// `ADD COLUMN ` (five spaces in all; checked with the oracle).
[[nodiscard]] std::string clause_add_column(const ir::Column& column, bool with_default = true);

[[nodiscard]] std::string clause_drop_column(std::string_view column);

// `ALTER COLUMN "c" <what>`: `SET NOT NULL`, `DROP DEFAULT`, `SET DEFAULT 5`, …
[[nodiscard]] std::string clause_alter_column(std::string_view column, std::string_view what);

// `ALTER COLUMN "c" SET DATA TYPE T USING (…)`: schemac always says how values convert (DESIGN.md
// §4), where Prisma relies on PostgreSQL's assignment casts (and drops and re-adds a column that
// has none): `"c"::T`; through text between an enum and another type; `ARRAY["c"]` into a list;
// the first element out of one.
[[nodiscard]] std::string clause_set_data_type(const ir::Column& before, const ir::Column& after);

// `DROP CONSTRAINT "n"` and `ADD CONSTRAINT "n" PRIMARY KEY ("a", "b")`.
[[nodiscard]] std::string clause_drop_constraint(std::string_view name);
[[nodiscard]] std::string clause_add_primary_key(const ir::PrimaryKey& primary_key);

// `ALTER TABLE "s"."T" RENAME COLUMN "a" TO "b"`.
[[nodiscard]] std::string render_rename_column(const ir::TableRef& table, std::string_view from,
                                               std::string_view to);

// `ALTER TABLE "s"."T" RENAME CONSTRAINT "a" TO "b"` (a RENAME cannot share an ALTER TABLE
// with other clauses).
[[nodiscard]] std::string render_rename_constraint(const ir::TableRef& table, std::string_view from,
                                                   std::string_view to);

// `UPDATE "s"."T" SET "c" = expr[ WHERE "c" IS NULL]`: the backfill of existing rows.
[[nodiscard]] std::string render_backfill(const ir::TableRef& table, std::string_view column,
                                          std::string_view expression, bool only_nulls);

// `ALTER TABLE "s"."T" ADD CONSTRAINT "n" CHECK ("c" IS NOT NULL) NOT VALID`: the first step of
// the lock-light SET NOT NULL (PostgreSQL 12+ skips the table scan of SET NOT NULL when a valid
// CHECK proves it).
[[nodiscard]] std::string render_add_not_null_check(const ir::TableRef& table,
                                                    std::string_view constraint_name,
                                                    std::string_view column);

// `ALTER TABLE "s"."T" ADD CONSTRAINT "pk" PRIMARY KEY USING INDEX "idx"`: turns an existing
// unique index into the primary key without building a new one (the index takes the
// constraint's name).
[[nodiscard]] std::string render_primary_key_using_index(const ir::TableRef& table,
                                                         std::string_view constraint_name,
                                                         std::string_view index_name);

// Prisma's statements around `ALTER COLUMN "c" SET DEFAULT nextval(…)` when a column becomes
// autoincrement: `CREATE SEQUENCE "s".t_c_seq` before and `ALTER SEQUENCE … OWNED BY "s"."T"."c"`
// after; the sequence is named as SERIAL names it, lower-cased and unquoted, as Prisma prints it.
// Then, where Prisma stops, `setval` past the largest value the column already holds: a new
// sequence starts at 1, and the next insert into a table with rows would collide with its ids.
struct SequenceStatements {
  std::string create;
  std::string set_default_clause;
  std::string owned_by;
  std::string start_after_existing;
};

[[nodiscard]] SequenceStatements render_add_sequence(const ir::TableRef& table,
                                                     std::string_view column);

}  // namespace schemac::backends::postgres
