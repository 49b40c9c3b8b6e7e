-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R103      risky  AlterColumn "Measurement"."count": changes the type of column "Measurement"."count" from INTEGER to BIGINT

BEGIN;

-- AlterTable "Measurement"
ALTER TABLE "Measurement" ALTER COLUMN "count" SET DATA TYPE BIGINT USING ("count"::BIGINT);

COMMIT;
