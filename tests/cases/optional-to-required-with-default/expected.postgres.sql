-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R102,S002 risky  AlterColumn "User"."name": makes column "User"."name" required: NULLs become its default; gives column "User"."name" a default

BEGIN;

-- AlterTable "User"
ALTER TABLE "User" ALTER COLUMN "name" SET DEFAULT 'anonymous';

-- Backfill "User"."name" (NULLs)
UPDATE "User" SET "name" = 'anonymous' WHERE "name" IS NULL;

-- AlterTable "User" ("name" becomes required)
ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;

COMMIT;
