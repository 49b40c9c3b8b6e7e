-- schemac 0.1.0 reverse migration script (sqlite)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 5 changes: 2 safe, 1 risky, 2 high
--   S003      safe   DropIndex "idx weird order" on "weird table"
--   R104      risky  RenameColumn "weird table"."select" to "note": renames column "weird table"."select" to "note"
--   H205      high   AlterColumn "weird table"."order": changes column "weird table"."order" from BIGINT to INTEGER: BigInt → Int (BIGINT → INTEGER)
--   H202      high   DropColumn "weird table"."we""ird": drops column "weird table"."we""ird" and its data
--   S003      safe   CreateIndex "idx weird order" on "weird table"
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

-- ForeignKeysOff (before the transaction: DROP TABLE must not fire ON DELETE CASCADE)
PRAGMA foreign_keys=OFF;

BEGIN;

-- CheckForeignKeysOff (stop before any DROP TABLE unless PRAGMA foreign_keys=OFF took effect)
CREATE TEMP TABLE "schemac_foreign_keys_off" ("foreign_keys" INTEGER NOT NULL, CONSTRAINT "foreign_keys_must_be_off_for_rebuild" CHECK ("foreign_keys" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_keys_off" SELECT "foreign_keys" FROM pragma_foreign_keys;
DROP TABLE "schemac_foreign_keys_off";

-- RedefineTable "weird table" (foreign keys off, rows copied)
-- DESTRUCTIVE: drops column "weird table"."we""ird" and its data
CREATE TABLE "new_weird table" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "we ird-name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT 'it''s "quoted" 100%'
);
INSERT INTO "new_weird table" ("id", "we ird-name", "order", "note") SELECT "id", "we ird-name", CAST("order" AS INTEGER), "select" FROM "weird table";
DROP TABLE "weird table";
ALTER TABLE "new_weird table" RENAME TO "weird table";
CREATE INDEX "idx weird order" ON "weird table"("order");

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
