-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R101      risky  AddColumn "Doc"."updatedAt": adds required column "Doc"."updatedAt" without a default: existing rows get the --backfill value CURRENT_TIMESTAMP

BEGIN;

-- AlterTable "Doc"
ALTER TABLE "Doc" ADD COLUMN     "updatedAt" TIMESTAMP(3);

-- Backfill "Doc"."updatedAt"
UPDATE "Doc" SET "updatedAt" = CURRENT_TIMESTAMP;

-- AlterTable "Doc" ("updatedAt" becomes required after its backfill)
ALTER TABLE "Doc" ALTER COLUMN "updatedAt" SET NOT NULL;

COMMIT;
