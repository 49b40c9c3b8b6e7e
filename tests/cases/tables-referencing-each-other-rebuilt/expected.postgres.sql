-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 2 safe, 0 risky, 0 high
--   S002      safe   AlterColumn "Team"."name"
--   S002      safe   AlterColumn "Player"."name"

BEGIN;

-- AlterTable "Team"
ALTER TABLE "Team" ALTER COLUMN "name" DROP NOT NULL;

-- AlterTable "Player"
ALTER TABLE "Player" ALTER COLUMN "name" DROP NOT NULL;

COMMIT;
