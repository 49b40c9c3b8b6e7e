-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H202      high   DropColumn "Doc"."updatedAt": drops column "Doc"."updatedAt" and its data
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- AlterTable "Doc"
-- DESTRUCTIVE: drops column "Doc"."updatedAt" and its data
ALTER TABLE "Doc" DROP COLUMN "updatedAt";

COMMIT;
