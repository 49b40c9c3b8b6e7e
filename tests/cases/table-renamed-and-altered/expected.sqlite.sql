-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 3 changes: 1 safe, 2 risky, 0 high
--   R104      risky  RenameTable "Note" to "Memo": renames table "Note" to "Memo"
--   S002      safe   AddColumn "Memo"."draft"
--   R103      risky  AlterColumn "Memo"."pages": changes the type of column "Memo"."pages" from INTEGER to REAL

-- ForeignKeysOff (before the transaction: DROP TABLE must not fire ON DELETE CASCADE)
PRAGMA foreign_keys=OFF;

BEGIN;

-- CheckForeignKeysOff (stop before any DROP TABLE unless PRAGMA foreign_keys=OFF took effect)
CREATE TEMP TABLE "schemac_foreign_keys_off" ("foreign_keys" INTEGER NOT NULL, CONSTRAINT "foreign_keys_must_be_off_for_rebuild" CHECK ("foreign_keys" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_keys_off" SELECT "foreign_keys" FROM pragma_foreign_keys;
DROP TABLE "schemac_foreign_keys_off";

-- RenameTable "Note" to "Memo"
ALTER TABLE "Note" RENAME TO "Memo";

-- RedefineTable "Memo" (foreign keys off, rows copied)
CREATE TABLE "new_Memo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "body" TEXT NOT NULL,
    "pages" REAL NOT NULL,
    "draft" BOOLEAN NOT NULL DEFAULT true
);
INSERT INTO "new_Memo" ("id", "body", "pages") SELECT "id", "body", CAST("pages" AS REAL) FROM "Memo";
DROP TABLE "Memo";
ALTER TABLE "new_Memo" RENAME TO "Memo";

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
