-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H207,R103 high   AlterColumn "Post"."views": rebuilds table "Post", which 1 other table references ("_PostToTag"): rows are copied with foreign keys off and checked afterwards; changes the type of column "Post"."views" from INTEGER to BIGINT
--
-- Warnings:
--   - table "Post" is rebuilt: 1 table references it (foreign keys are off during the rebuild and checked before COMMIT)

-- ForeignKeysOff (before the transaction: DROP TABLE must not fire ON DELETE CASCADE)
PRAGMA foreign_keys=OFF;

BEGIN;

-- CheckForeignKeysOff (stop before any DROP TABLE unless PRAGMA foreign_keys=OFF took effect)
CREATE TEMP TABLE "schemac_foreign_keys_off" ("foreign_keys" INTEGER NOT NULL, CONSTRAINT "foreign_keys_must_be_off_for_rebuild" CHECK ("foreign_keys" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_keys_off" SELECT "foreign_keys" FROM pragma_foreign_keys;
DROP TABLE "schemac_foreign_keys_off";

-- RedefineTable "Post" (foreign keys off, rows copied)
CREATE TABLE "new_Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "views" BIGINT NOT NULL
);
INSERT INTO "new_Post" ("id", "title", "views") SELECT "id", "title", CAST("views" AS BIGINT) FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
