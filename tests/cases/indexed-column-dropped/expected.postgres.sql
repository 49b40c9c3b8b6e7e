-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 1 safe, 0 risky, 1 high
--   S003      safe   DropIndex "User_legacyId_key" on "User"
--   H202      high   DropColumn "User"."legacyId": drops column "User"."legacyId" and its data
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropIndex "User_legacyId_key"
DROP INDEX "User_legacyId_key";

-- AlterTable "User"
-- DESTRUCTIVE: drops column "User"."legacyId" and its data
ALTER TABLE "User" DROP COLUMN "legacyId";

COMMIT;
