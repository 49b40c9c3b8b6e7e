-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 0 safe, 1 risky, 1 high
--   R101      risky  AddColumn "users"."display_name": adds required column "users"."display_name" without a default: existing rows need a value (--backfill), or the migration fails on a table that has any
--   H202      high   DropColumn "users"."user_name": drops column "users"."user_name" and its data
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- AlterTable "users"
-- DESTRUCTIVE: drops column "users"."user_name" and its data
ALTER TABLE "users" DROP COLUMN "user_name",
ADD COLUMN     "display_name" TEXT NOT NULL;

COMMIT;
