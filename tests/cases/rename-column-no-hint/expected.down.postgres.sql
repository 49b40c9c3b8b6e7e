-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 1 safe, 0 risky, 1 high
--   S002      safe   AddColumn "User"."name"
--   H202      high   DropColumn "User"."fullName": drops column "User"."fullName" and its data
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - DropColumn "User"."name": drops column "User"."name" and its data
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- AlterTable "User"
-- DESTRUCTIVE: drops column "User"."fullName" and its data
ALTER TABLE "User" DROP COLUMN "fullName",
ADD COLUMN     "name" TEXT;

COMMIT;
