-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 0 safe, 0 risky, 2 high
--   H202      high   DropColumn "User"."active": drops column "User"."active" and its data
--   H202      high   DropColumn "User"."score": drops column "User"."score" and its data
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- AlterTable "User"
-- DESTRUCTIVE: drops column "User"."active" and its data; drops column "User"."score" and its data
ALTER TABLE "User" DROP COLUMN "active",
DROP COLUMN "score";

COMMIT;
