-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205      high   AlterColumn "Measurement"."reading": changes column "Measurement"."reading" from DOUBLE PRECISION to DECIMAL(65,30): Float → Decimal (DOUBLE PRECISION → DECIMAL(65,30))

BEGIN;

-- AlterTable "Measurement"
ALTER TABLE "Measurement" ALTER COLUMN "reading" SET DATA TYPE DECIMAL(65,30) USING ("reading"::DECIMAL(65,30));

COMMIT;
