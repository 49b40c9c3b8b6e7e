-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 5 changes: 2 safe, 0 risky, 3 high
--   S003      safe   DropIndex "Product_name_idx" on "Product"
--   S002      safe   AddColumn "Product"."oldCode"
--   H205      high   AlterColumn "Product"."price": changes column "Product"."price" from DECIMAL(65,30) to DOUBLE PRECISION: Decimal → Float (DECIMAL(65,30) → DOUBLE PRECISION)
--   H202      high   DropColumn "Product"."stock": drops column "Product"."stock" and its data
--   H202      high   DropColumn "Product"."note": drops column "Product"."note" and its data
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - AlterColumn "Product"."price": changes column "Product"."price" from DOUBLE PRECISION to DECIMAL(65,30): Float → Decimal (DOUBLE PRECISION → DECIMAL(65,30))
--   - DropColumn "Product"."oldCode": drops column "Product"."oldCode" and its data
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropIndex "Product_name_idx"
DROP INDEX "Product_name_idx";

-- AlterTable "Product"
-- DESTRUCTIVE: drops column "Product"."stock" and its data; drops column "Product"."note" and its data
ALTER TABLE "Product" DROP COLUMN "note",
DROP COLUMN "stock",
ADD COLUMN     "oldCode" TEXT,
ALTER COLUMN "price" SET DATA TYPE DOUBLE PRECISION USING ("price"::DOUBLE PRECISION);

COMMIT;
