-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R103      risky  AlterColumn "Ticket"."id": changes the type of column "Ticket"."id" from INTEGER to BIGINT

BEGIN;

-- AlterTable "Ticket"
ALTER TABLE "Ticket" ALTER COLUMN "id" SET DATA TYPE BIGINT USING ("id"::BIGINT);

COMMIT;
