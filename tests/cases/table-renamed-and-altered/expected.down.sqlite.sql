-- schemac 0.1.0 reverse migration script (sqlite)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 3 changes: 0 safe, 1 risky, 2 high
--   R104      risky  RenameTable "Memo" to "Note": renames table "Memo" to "Note"
--   H205      high   AlterColumn "Note"."pages": changes column "Note"."pages" from REAL to INTEGER: Float → Int (REAL → INTEGER)
--   H202      high   DropColumn "Note"."draft": drops column "Note"."draft" and its data
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

-- RenameTable "Memo" to "Note"
ALTER TABLE "Memo" RENAME TO "Note";

-- RedefineTable "Note" (foreign keys off, rows copied)
-- DESTRUCTIVE: narrows column "Note"."pages" from REAL to INTEGER (values may change); drops column "Note"."draft" and its data
CREATE TABLE "new_Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "body" TEXT NOT NULL,
    "pages" INTEGER NOT NULL
);
INSERT INTO "new_Note" ("id", "body", "pages") SELECT "id", "body", CAST("pages" AS INTEGER) FROM "Note";
DROP TABLE "Note";
ALTER TABLE "new_Note" RENAME TO "Note";

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
