-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R103      risky  AlterColumn "Ticket"."id": removes autoincrement from column "Ticket"."id"

BEGIN;

-- AlterTable "Ticket"
ALTER TABLE "Ticket" ALTER COLUMN "id" DROP DEFAULT;

COMMIT;
