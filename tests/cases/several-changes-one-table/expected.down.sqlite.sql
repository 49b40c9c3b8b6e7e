-- schemac 0.1.0 reverse migration script (sqlite)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 5 changes: 2 safe, 0 risky, 3 high
--   S003      safe   DropIndex "Product_name_idx" on "Product"
--   S002      safe   AddColumn "Product"."oldCode"
--   H205      high   AlterColumn "Product"."price": changes column "Product"."price" from DECIMAL to REAL: Decimal → Float (DECIMAL → REAL)
--   H202      high   DropColumn "Product"."stock": drops column "Product"."stock" and its data
--   H202      high   DropColumn "Product"."note": drops column "Product"."note" and its data
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - AlterColumn "Product"."price": changes column "Product"."price" from REAL to DECIMAL: Float → Decimal (REAL → DECIMAL)
--   - DropColumn "Product"."oldCode": drops column "Product"."oldCode" and its data
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

-- RedefineTable "Product" (foreign keys off, rows copied)
-- DESTRUCTIVE: narrows column "Product"."price" from DECIMAL to REAL (values may change); drops column "Product"."stock" and its data; drops column "Product"."note" and its data
CREATE TABLE "new_Product" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sku" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "price" REAL NOT NULL,
    "oldCode" TEXT
);
INSERT INTO "new_Product" ("id", "sku", "name", "price") SELECT "id", "sku", "name", CAST("price" AS REAL) FROM "Product";
DROP TABLE "Product";
ALTER TABLE "new_Product" RENAME TO "Product";
CREATE UNIQUE INDEX "Product_sku_key" ON "Product"("sku");

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
