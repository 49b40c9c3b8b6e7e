-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 3 changes: 3 safe, 0 risky, 0 high
--   S002      safe   AlterColumn "Setting"."value"
--   S002      safe   AlterColumn "Setting"."weight"
--   S002      safe   AlterColumn "Setting"."enabled"

BEGIN;

-- AlterTable "Setting"
ALTER TABLE "Setting" ALTER COLUMN "value" SET DEFAULT '',
ALTER COLUMN "weight" SET DEFAULT 1.5,
ALTER COLUMN "enabled" SET DEFAULT true;

COMMIT;
