-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205      high   AlterColumn "Event"."payload": changes column "Event"."payload" from TEXT to JSONB: text → JSON (TEXT → JSONB)

BEGIN;

-- AlterTable "Event"
ALTER TABLE "Event" ALTER COLUMN "payload" SET DATA TYPE JSONB USING ("payload"::JSONB);

COMMIT;
