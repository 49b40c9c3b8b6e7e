-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205,H207 high   AlterColumn "Order"."total": changes column "Order"."total" from DECIMAL to REAL: Decimal → Float (DECIMAL → REAL); rebuilds table "Order", which 1 other table references ("OrderLine"): rows are copied with foreign keys off and checked afterwards
--
-- Warnings:
--   - table "Order" is rebuilt: 1 table references it (foreign keys are off during the rebuild and checked before COMMIT)
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

-- RedefineTable "Order" (foreign keys off, rows copied)
-- DESTRUCTIVE: narrows column "Order"."total" from DECIMAL to REAL (values may change)
CREATE TABLE "new_Order" (
    "tenantId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "total" REAL NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_Order" ("tenantId", "number", "total") SELECT "tenantId", "number", CAST("total" AS REAL) FROM "Order";
DROP TABLE "Order";
ALTER TABLE "new_Order" RENAME TO "Order";

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
