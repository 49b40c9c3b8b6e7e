-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 3 changes: 0 safe, 3 risky, 0 high
--   R108      risky  AlterColumn "Setting"."value": changes the default of column "Setting"."value"
--   R108      risky  AlterColumn "Setting"."weight": changes the default of column "Setting"."weight"
--   R108      risky  AlterColumn "Setting"."enabled": changes the default of column "Setting"."enabled"

BEGIN;

-- AlterTable "Setting"
ALTER TABLE "Setting" ALTER COLUMN "value" SET DEFAULT 'none',
ALTER COLUMN "weight" SET DEFAULT 2,
ALTER COLUMN "enabled" SET DEFAULT false;

COMMIT;
