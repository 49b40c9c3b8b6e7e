-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R101      risky  AddColumn "Post"."slug": adds required column "Post"."slug" without a default: existing rows get the --backfill value 'post-' || id

BEGIN;

-- AlterTable "Post"
ALTER TABLE "Post" ADD COLUMN     "slug" TEXT;

-- Backfill "Post"."slug"
UPDATE "Post" SET "slug" = 'post-' || id;

-- AlterTable "Post" ("slug" becomes required after its backfill)
ALTER TABLE "Post" ALTER COLUMN "slug" SET NOT NULL;

COMMIT;
