-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 3 changes: 0 safe, 3 risky, 0 high
--   R108      risky  AlterColumn "Setting"."value": drops the default of column "Setting"."value"
--   R108      risky  AlterColumn "Setting"."weight": drops the default of column "Setting"."weight"
--   R108      risky  AlterColumn "Setting"."enabled": drops the default of column "Setting"."enabled"

BEGIN;

-- AlterTable "Setting"
ALTER TABLE "Setting" ALTER COLUMN "value" DROP DEFAULT,
ALTER COLUMN "weight" DROP DEFAULT,
ALTER COLUMN "enabled" DROP DEFAULT;

COMMIT;
