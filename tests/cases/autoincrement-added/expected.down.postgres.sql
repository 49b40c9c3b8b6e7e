-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R103      risky  AlterColumn "Ticket"."id": removes autoincrement from column "Ticket"."id"

BEGIN;

-- AlterTable "Ticket"
ALTER TABLE "Ticket" ALTER COLUMN "id" DROP DEFAULT;

COMMIT;
