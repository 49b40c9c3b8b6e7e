-- schemac 0.1.0 reverse migration script (sqlite)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 0 safe, 0 risky, 2 high
--   H207,R102 high   AlterColumn "Team"."name": rebuilds table "Team", which 1 other table references ("Player"): rows are copied with foreign keys off and checked afterwards; makes column "Team"."name" required: fails if a row holds NULL (give a --backfill value)
--   H207,R102 high   AlterColumn "Player"."name": rebuilds table "Player", which 1 other table references ("Team"): rows are copied with foreign keys off and checked afterwards; makes column "Player"."name" required: fails if a row holds NULL (give a --backfill value)
--
-- Warnings:
--   - column "Team"."name" becomes required without a default or --backfill: the rebuild fails if it holds NULLs
--   - table "Team" is rebuilt: 1 table references it (foreign keys are off during the rebuild and checked before COMMIT)
--   - column "Player"."name" becomes required without a default or --backfill: the rebuild fails if it holds NULLs
--   - table "Player" is rebuilt: 1 table references it (foreign keys are off during the rebuild and checked before COMMIT)

-- ForeignKeysOff (before the transaction: DROP TABLE must not fire ON DELETE CASCADE)
PRAGMA foreign_keys=OFF;

BEGIN;

-- CheckForeignKeysOff (stop before any DROP TABLE unless PRAGMA foreign_keys=OFF took effect)
CREATE TEMP TABLE "schemac_foreign_keys_off" ("foreign_keys" INTEGER NOT NULL, CONSTRAINT "foreign_keys_must_be_off_for_rebuild" CHECK ("foreign_keys" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_keys_off" SELECT "foreign_keys" FROM pragma_foreign_keys;
DROP TABLE "schemac_foreign_keys_off";

-- RedefineTable "Team" (foreign keys off, rows copied)
CREATE TABLE "new_Team" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "captainId" INTEGER,
    CONSTRAINT "Team_captainId_fkey" FOREIGN KEY ("captainId") REFERENCES "Player" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Team" ("id", "name", "captainId") SELECT "id", "name", "captainId" FROM "Team";
DROP TABLE "Team";
ALTER TABLE "new_Team" RENAME TO "Team";
CREATE UNIQUE INDEX "Team_captainId_key" ON "Team"("captainId");

-- RedefineTable "Player" (foreign keys off, rows copied)
CREATE TABLE "new_Player" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "teamId" INTEGER,
    CONSTRAINT "Player_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Player" ("id", "name", "teamId") SELECT "id", "name", "teamId" FROM "Player";
DROP TABLE "Player";
ALTER TABLE "new_Player" RENAME TO "Player";

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
