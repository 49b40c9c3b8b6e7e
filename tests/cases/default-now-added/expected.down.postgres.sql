-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R108      risky  AlterColumn "Event"."at": drops the default of column "Event"."at"

BEGIN;

-- AlterTable "Event"
ALTER TABLE "Event" ALTER COLUMN "at" DROP DEFAULT;

COMMIT;
