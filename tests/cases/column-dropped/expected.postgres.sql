-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H202      high   DropColumn "User"."legacyId": drops column "User"."legacyId" and its data
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- AlterTable "User"
-- DESTRUCTIVE: drops column "User"."legacyId" and its data
ALTER TABLE "User" DROP COLUMN "legacyId";

COMMIT;
