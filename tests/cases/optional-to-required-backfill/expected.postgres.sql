-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R102      risky  AlterColumn "User"."name": makes column "User"."name" required: NULLs become the --backfill value email

BEGIN;

-- Backfill "User"."name" (NULLs)
UPDATE "User" SET "name" = email WHERE "name" IS NULL;

-- AlterTable "User" ("name" becomes required)
ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;

COMMIT;
