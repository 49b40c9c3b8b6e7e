-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205,R103 high   AlterColumn "Session"."id": changes column "Session"."id" from TEXT to INTEGER: text → number (TEXT → INTEGER); adds autoincrement to column "Session"."id"

BEGIN;

-- AlterTable "Session"
CREATE SEQUENCE session_id_seq;
ALTER TABLE "Session" ALTER COLUMN "id" SET DEFAULT nextval('session_id_seq'),
ALTER COLUMN "id" SET DATA TYPE INTEGER USING ("id"::INTEGER);
ALTER SEQUENCE session_id_seq OWNED BY "Session"."id";
SELECT setval('session_id_seq', COALESCE(MAX("id"), 0) + 1, false) FROM "Session";

COMMIT;
