-- schemac 0.1.0 reverse migration script (sqlite)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205,R108,S002 high   AlterColumn "Measurement"."amount": changes column "Measurement"."amount" from BIGINT to INTEGER: BigInt → Int (BIGINT → INTEGER); drops the default of column "Measurement"."amount"; makes column "Measurement"."amount" optional

-- ForeignKeysOff (before the transaction: DROP TABLE must not fire ON DELETE CASCADE)
PRAGMA foreign_keys=OFF;

BEGIN;

-- CheckForeignKeysOff (stop before any DROP TABLE unless PRAGMA foreign_keys=OFF took effect)
CREATE TEMP TABLE "schemac_foreign_keys_off" ("foreign_keys" INTEGER NOT NULL, CONSTRAINT "foreign_keys_must_be_off_for_rebuild" CHECK ("foreign_keys" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_keys_off" SELECT "foreign_keys" FROM pragma_foreign_keys;
DROP TABLE "schemac_foreign_keys_off";

-- RedefineTable "Measurement" (foreign keys off, rows copied)
CREATE TABLE "new_Measurement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" INTEGER NOT NULL,
    "reading" REAL NOT NULL,
    "label" TEXT NOT NULL,
    "amount" INTEGER
);
INSERT INTO "new_Measurement" ("id", "count", "reading", "label", "amount") SELECT "id", "count", "reading", "label", CAST("amount" AS INTEGER) FROM "Measurement";
DROP TABLE "Measurement";
ALTER TABLE "new_Measurement" RENAME TO "Measurement";

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
