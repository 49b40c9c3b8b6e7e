-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S002      safe   AddColumn "User"."legacyId"
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - DropColumn "User"."legacyId": drops column "User"."legacyId" and its data

BEGIN;

-- AlterTable "User"
ALTER TABLE "User" ADD COLUMN     "legacyId" INTEGER;

COMMIT;
