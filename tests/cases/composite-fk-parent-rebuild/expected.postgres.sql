-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205      high   AlterColumn "Order"."total": changes column "Order"."total" from DECIMAL(65,30) to DOUBLE PRECISION: Decimal → Float (DECIMAL(65,30) → DOUBLE PRECISION)

BEGIN;

-- AlterTable "Order"
ALTER TABLE "Order" ALTER COLUMN "total" SET DATA TYPE DOUBLE PRECISION USING ("total"::DOUBLE PRECISION);

COMMIT;
