// PostgreSQL's plan: Prisma's statements in Prisma's order, staged where schemac is safer.
#pragma once

#include "backends/plan.hpp"
#include "support/result.hpp"

namespace schemac::backends::postgres {

// Steps for `input.changes`, in Prisma's step order (sql_migration.rs, SqlMigrationStep):
// CreateSchema, CreateExtension, CreateEnum, AlterEnum, DropForeignKey, DropIndex, the renames,
// one AlterTable per table (Prisma's grouped `ALTER TABLE … clause,\n clause`: drop primary key,
// drop columns, add columns, alter columns, add primary key), DropTable, CreateTable,
// CreateIndex, RenameIndex, AddForeignKey, DropEnum. From empty the statements are exactly
// Prisma's. Beyond Prisma (DESIGN.md §4):
// - a type change says how values convert: `SET DATA TYPE T USING ("c"::T)`;
// - a required column added with a backfill is added nullable, filled, then made NOT NULL; a
//   column made required is filled where NULL (the backfill, else TO's default) before SET NOT
//   NULL; without a value it is Prisma's plain clause, which fails loudly on NULLs;
// - added enum values (`ADD VALUE IF NOT EXISTS`) go before the transaction, so that the
//   transaction can use them; a removed value recreates the type as Prisma does, without
//   Prisma's inner BEGIN/COMMIT;
// - Prisma 6's implicit many-to-many upgrade (unique index `_AB_unique` → primary key
//   `_AB_pkey`) reuses the index: `ADD CONSTRAINT … PRIMARY KEY USING INDEX`;
// - `input.online`: `SET lock_timeout` first; CREATE [UNIQUE] INDEX CONCURRENTLY after the
//   transaction on existing tables; foreign keys on existing tables `NOT VALID`, validated
//   after the transaction; SET NOT NULL through a `CHECK (c IS NOT NULL) NOT VALID` validated
//   after the transaction.
// Drops are marked destructive. Error (one line) only for a change list inconsistent with TO.
[[nodiscard]] Result<Plan> plan(const PlanInput& input);

}  // namespace schemac::backends::postgres
