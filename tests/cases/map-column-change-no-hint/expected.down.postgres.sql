-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 0 safe, 1 risky, 1 high
--   R101      risky  AddColumn "users"."user_name": adds required column "users"."user_name" without a default: existing rows need a value (--backfill), or the migration fails on a table that has any
--   H202      high   DropColumn "users"."display_name": drops column "users"."display_name" and its data
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - DropColumn "users"."user_name": drops column "users"."user_name" and its data
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- AlterTable "users"
-- DESTRUCTIVE: drops column "users"."display_name" and its data
ALTER TABLE "users" DROP COLUMN "display_name",
ADD COLUMN     "user_name" TEXT NOT NULL;

COMMIT;
