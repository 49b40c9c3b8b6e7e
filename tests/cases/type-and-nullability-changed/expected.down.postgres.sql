-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205,R108,S002 high   AlterColumn "Measurement"."amount": changes column "Measurement"."amount" from BIGINT to INTEGER: BigInt → Int (BIGINT → INTEGER); drops the default of column "Measurement"."amount"; makes column "Measurement"."amount" optional

BEGIN;

-- AlterTable "Measurement"
ALTER TABLE "Measurement" ALTER COLUMN "amount" DROP NOT NULL,
ALTER COLUMN "amount" DROP DEFAULT,
ALTER COLUMN "amount" SET DATA TYPE INTEGER USING ("amount"::INTEGER);

COMMIT;
