-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R103      risky  AlterColumn "Measurement"."label": changes the type of column "Measurement"."label" from INTEGER to TEXT
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - AlterColumn "Measurement"."label": changes column "Measurement"."label" from TEXT to INTEGER: text → number (TEXT → INTEGER)

BEGIN;

-- AlterTable "Measurement"
ALTER TABLE "Measurement" ALTER COLUMN "label" SET DATA TYPE TEXT USING ("label"::TEXT);

COMMIT;
