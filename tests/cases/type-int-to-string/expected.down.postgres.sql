-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205      high   AlterColumn "Measurement"."amount": changes column "Measurement"."amount" from TEXT to INTEGER: text → number (TEXT → INTEGER)

BEGIN;

-- AlterTable "Measurement"
ALTER TABLE "Measurement" ALTER COLUMN "amount" SET DATA TYPE INTEGER USING ("amount"::INTEGER);

COMMIT;
