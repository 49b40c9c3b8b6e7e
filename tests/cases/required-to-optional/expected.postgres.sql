-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S002      safe   AlterColumn "User"."name"

BEGIN;

-- AlterTable "User"
ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL;

COMMIT;
