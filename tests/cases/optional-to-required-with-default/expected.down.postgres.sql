-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R108,S002 risky  AlterColumn "User"."name": drops the default of column "User"."name"; makes column "User"."name" optional

BEGIN;

-- AlterTable "User"
ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL,
ALTER COLUMN "name" DROP DEFAULT;

COMMIT;
