-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 3 changes: 0 safe, 3 risky, 0 high
--   R108      risky  AlterColumn "Setting"."value": changes the default of column "Setting"."value"
--   R108      risky  AlterColumn "Setting"."weight": changes the default of column "Setting"."weight"
--   R108      risky  AlterColumn "Setting"."enabled": changes the default of column "Setting"."enabled"

BEGIN;

-- AlterTable "Setting"
ALTER TABLE "Setting" ALTER COLUMN "value" SET DEFAULT '',
ALTER COLUMN "weight" SET DEFAULT 1.5,
ALTER COLUMN "enabled" SET DEFAULT true;

COMMIT;
