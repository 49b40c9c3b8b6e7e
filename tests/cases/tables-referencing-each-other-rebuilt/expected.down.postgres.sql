-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 0 safe, 2 risky, 0 high
--   R102      risky  AlterColumn "Team"."name": makes column "Team"."name" required: fails if a row holds NULL (give a --backfill value)
--   R102      risky  AlterColumn "Player"."name": makes column "Player"."name" required: fails if a row holds NULL (give a --backfill value)

BEGIN;

-- AlterTable "Team"
ALTER TABLE "Team" ALTER COLUMN "name" SET NOT NULL;

-- AlterTable "Player"
ALTER TABLE "Player" ALTER COLUMN "name" SET NOT NULL;

COMMIT;
