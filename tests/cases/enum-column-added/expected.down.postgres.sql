-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 1 safe, 0 risky, 1 high
--   H202      high   DropColumn "User"."plan": drops column "User"."plan" and its data
--   S004      safe   DropEnum "Plan"
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- AlterTable "User"
-- DESTRUCTIVE: drops column "User"."plan" and its data
ALTER TABLE "User" DROP COLUMN "plan";

-- DropEnum "Plan"
DROP TYPE "Plan";

COMMIT;
