-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S004      safe   AlterEnum "Role"
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - AlterEnum "Role": removes value "MODERATOR" from enum "Role": rows holding it make the migration fail

-- AlterEnum "Role" (add values, before the transaction: a value added in a transaction cannot be used in it)
ALTER TYPE "Role" ADD VALUE IF NOT EXISTS 'MODERATOR';

BEGIN;

COMMIT;
