-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205,R108 high   AlterColumn "Flag"."enabled": changes column "Flag"."enabled" from INTEGER to BOOLEAN: number → boolean (INTEGER → BOOLEAN); changes the default of column "Flag"."enabled"

BEGIN;

-- AlterTable "Flag"
ALTER TABLE "Flag" ALTER COLUMN "enabled" DROP DEFAULT,
ALTER COLUMN "enabled" SET DEFAULT false,
ALTER COLUMN "enabled" SET DATA TYPE BOOLEAN USING ("enabled"::BOOLEAN);

COMMIT;
