-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205      high   AlterColumn "Event"."at": changes column "Event"."at" from TEXT to TIMESTAMP(3): text → date-time (TEXT → TIMESTAMP(3))

BEGIN;

-- AlterTable "Event"
ALTER TABLE "Event" ALTER COLUMN "at" SET DATA TYPE TIMESTAMP(3) USING ("at"::TIMESTAMP(3));

COMMIT;
