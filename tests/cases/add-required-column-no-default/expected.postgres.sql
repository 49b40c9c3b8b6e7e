-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R101      risky  AddColumn "User"."nickname": adds required column "User"."nickname" without a default: existing rows need a value (--backfill), or the migration fails on a table that has any

BEGIN;

-- AlterTable "User"
ALTER TABLE "User" ADD COLUMN     "nickname" TEXT NOT NULL;

COMMIT;
