-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R103      risky  AlterColumn "Measurement"."amount": changes the type of column "Measurement"."amount" from INTEGER to TEXT

BEGIN;

-- AlterTable "Measurement"
ALTER TABLE "Measurement" ALTER COLUMN "amount" SET DATA TYPE TEXT USING ("amount"::TEXT);

COMMIT;
