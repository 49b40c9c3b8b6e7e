-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205      high   AlterColumn "Measurement"."label": changes column "Measurement"."label" from TEXT to INTEGER: text → number (TEXT → INTEGER)

BEGIN;

-- AlterTable "Measurement"
ALTER TABLE "Measurement" ALTER COLUMN "label" SET DATA TYPE INTEGER USING ("label"::INTEGER);

COMMIT;
