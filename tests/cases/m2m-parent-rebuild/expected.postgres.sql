-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R103      risky  AlterColumn "Post"."views": changes the type of column "Post"."views" from INTEGER to BIGINT

BEGIN;

-- AlterTable "Post"
ALTER TABLE "Post" ALTER COLUMN "views" SET DATA TYPE BIGINT USING ("views"::BIGINT);

COMMIT;
