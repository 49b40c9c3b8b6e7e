-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R102      risky  AlterColumn "User"."name": makes column "User"."name" required: fails if a row holds NULL (give a --backfill value)

BEGIN;

-- AlterTable "User"
ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;

COMMIT;
