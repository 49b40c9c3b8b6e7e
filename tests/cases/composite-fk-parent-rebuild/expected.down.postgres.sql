-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205      high   AlterColumn "Order"."total": changes column "Order"."total" from DOUBLE PRECISION to DECIMAL(65,30): Float → Decimal (DOUBLE PRECISION → DECIMAL(65,30))
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - AlterColumn "Order"."total": changes column "Order"."total" from DECIMAL(65,30) to DOUBLE PRECISION: Decimal → Float (DECIMAL(65,30) → DOUBLE PRECISION)

BEGIN;

-- AlterTable "Order"
ALTER TABLE "Order" ALTER COLUMN "total" SET DATA TYPE DECIMAL(65,30) USING ("total"::DECIMAL(65,30));

COMMIT;
