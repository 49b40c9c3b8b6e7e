-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S002      safe   AddColumn "User"."plan"

BEGIN;

-- AlterTable "User" add column "plan"
ALTER TABLE "User" ADD COLUMN "plan" TEXT NOT NULL DEFAULT 'FREE';

COMMIT;
