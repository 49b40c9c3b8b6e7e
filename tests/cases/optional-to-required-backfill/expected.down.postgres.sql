-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S002      safe   AlterColumn "User"."name"

BEGIN;

-- AlterTable "User"
ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL;

COMMIT;
