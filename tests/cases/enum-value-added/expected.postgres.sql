-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S004      safe   AlterEnum "Role"

-- AlterEnum "Role" (add values, before the transaction: a value added in a transaction cannot be used in it)
ALTER TYPE "Role" ADD VALUE IF NOT EXISTS 'MODERATOR';

BEGIN;

COMMIT;
