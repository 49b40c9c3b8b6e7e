-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R108      risky  AlterColumn "Setting"."value": changes the default of column "Setting"."value"

BEGIN;

-- AlterTable "Setting"
ALTER TABLE "Setting" ALTER COLUMN "value" SET DEFAULT 'it''s a "value"; -- not a comment';

COMMIT;
