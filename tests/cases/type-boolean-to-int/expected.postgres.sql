-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R103,R108 risky  AlterColumn "Flag"."enabled": changes the type of column "Flag"."enabled" from BOOLEAN to INTEGER; changes the default of column "Flag"."enabled"

BEGIN;

-- AlterTable "Flag"
ALTER TABLE "Flag" ALTER COLUMN "enabled" DROP DEFAULT,
ALTER COLUMN "enabled" SET DEFAULT 0,
ALTER COLUMN "enabled" SET DATA TYPE INTEGER USING ("enabled"::INTEGER);

COMMIT;
