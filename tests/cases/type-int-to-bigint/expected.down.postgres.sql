-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205      high   AlterColumn "Measurement"."count": changes column "Measurement"."count" from BIGINT to INTEGER: BigInt → Int (BIGINT → INTEGER)

BEGIN;

-- AlterTable "Measurement"
ALTER TABLE "Measurement" ALTER COLUMN "count" SET DATA TYPE INTEGER USING ("count"::INTEGER);

COMMIT;
