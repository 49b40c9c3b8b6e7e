-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H202      high   DropColumn "Post"."slug": drops column "Post"."slug" and its data
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- AlterTable "Post"
-- DESTRUCTIVE: drops column "Post"."slug" and its data
ALTER TABLE "Post" DROP COLUMN "slug";

COMMIT;
