-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R103      risky  AlterColumn "Ticket"."id": adds autoincrement to column "Ticket"."id"

BEGIN;

-- AlterTable "Ticket"
CREATE SEQUENCE ticket_id_seq;
ALTER TABLE "Ticket" ALTER COLUMN "id" SET DEFAULT nextval('ticket_id_seq');
ALTER SEQUENCE ticket_id_seq OWNED BY "Ticket"."id";
SELECT setval('ticket_id_seq', COALESCE(MAX("id"), 0) + 1, false) FROM "Ticket";

COMMIT;
