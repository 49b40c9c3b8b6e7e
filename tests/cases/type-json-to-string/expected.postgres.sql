-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R103      risky  AlterColumn "Event"."payload": changes the type of column "Event"."payload" from JSONB to TEXT

BEGIN;

-- AlterTable "Event"
ALTER TABLE "Event" ALTER COLUMN "payload" SET DATA TYPE TEXT USING ("payload"::TEXT);

COMMIT;
