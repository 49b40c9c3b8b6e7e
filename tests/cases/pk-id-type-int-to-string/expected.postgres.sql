-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R103      risky  AlterColumn "Session"."id": changes the type of column "Session"."id" from INTEGER to TEXT; removes autoincrement from column "Session"."id"

BEGIN;

-- AlterTable "Session"
ALTER TABLE "Session" ALTER COLUMN "id" DROP DEFAULT,
ALTER COLUMN "id" SET DATA TYPE TEXT USING ("id"::TEXT);

COMMIT;
