-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 2 safe, 0 risky, 0 high
--   S002      safe   AddColumn "User"."active"
--   S002      safe   AddColumn "User"."score"

BEGIN;

-- AlterTable "User"
ALTER TABLE "User" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "score" INTEGER NOT NULL DEFAULT 0;

COMMIT;
