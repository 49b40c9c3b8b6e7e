-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205      high   AlterColumn "Post"."views": changes column "Post"."views" from BIGINT to INTEGER: BigInt → Int (BIGINT → INTEGER)

BEGIN;

-- AlterTable "Post"
ALTER TABLE "Post" ALTER COLUMN "views" SET DATA TYPE INTEGER USING ("views"::INTEGER);

COMMIT;
