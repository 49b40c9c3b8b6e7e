-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R102,R103,S002 risky  AlterColumn "Measurement"."amount": makes column "Measurement"."amount" required: NULLs become its default; changes the type of column "Measurement"."amount" from INTEGER to BIGINT; gives column "Measurement"."amount" a default

BEGIN;

-- AlterTable "Measurement"
ALTER TABLE "Measurement" ALTER COLUMN "amount" SET DEFAULT 0,
ALTER COLUMN "amount" SET DATA TYPE BIGINT USING ("amount"::BIGINT);

-- Backfill "Measurement"."amount" (NULLs)
UPDATE "Measurement" SET "amount" = 0 WHERE "amount" IS NULL;

-- AlterTable "Measurement" ("amount" becomes required)
ALTER TABLE "Measurement" ALTER COLUMN "amount" SET NOT NULL;

COMMIT;
