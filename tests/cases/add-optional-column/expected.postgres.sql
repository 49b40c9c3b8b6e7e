-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S002      safe   AddColumn "User"."bio"

BEGIN;

-- AlterTable "User"
ALTER TABLE "User" ADD COLUMN     "bio" TEXT;

COMMIT;
