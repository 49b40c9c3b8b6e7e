-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 1 safe, 0 risky, 1 high
--   S002      safe   AddColumn "User"."fullName"
--   H202      high   DropColumn "User"."name": drops column "User"."name" and its data
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- AlterTable "User"
-- DESTRUCTIVE: drops column "User"."name" and its data
ALTER TABLE "User" DROP COLUMN "name",
ADD COLUMN     "fullName" TEXT;

COMMIT;
