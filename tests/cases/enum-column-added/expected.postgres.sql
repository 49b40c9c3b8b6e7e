-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 2 safe, 0 risky, 0 high
--   S001      safe   CreateEnum "Plan"
--   S002      safe   AddColumn "User"."plan"

BEGIN;

-- CreateEnum "Plan"
CREATE TYPE "Plan" AS ENUM ('FREE', 'PRO');

-- AlterTable "User"
ALTER TABLE "User" ADD COLUMN     "plan" "Plan" NOT NULL DEFAULT 'FREE';

COMMIT;
