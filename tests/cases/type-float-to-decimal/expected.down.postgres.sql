-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205      high   AlterColumn "Measurement"."reading": changes column "Measurement"."reading" from DECIMAL(65,30) to DOUBLE PRECISION: Decimal → Float (DECIMAL(65,30) → DOUBLE PRECISION)
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - AlterColumn "Measurement"."reading": changes column "Measurement"."reading" from DOUBLE PRECISION to DECIMAL(65,30): Float → Decimal (DOUBLE PRECISION → DECIMAL(65,30))

BEGIN;

-- AlterTable "Measurement"
ALTER TABLE "Measurement" ALTER COLUMN "reading" SET DATA TYPE DOUBLE PRECISION USING ("reading"::DOUBLE PRECISION);

COMMIT;
