-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R108      risky  AlterColumn "User"."role": changes the default of column "User"."role"

BEGIN;

-- AlterTable "User"
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'ADMIN';

COMMIT;
