-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H205      high   AlterColumn "Author"."age": changes column "Author"."age" from BIGINT to INTEGER: BigInt → Int (BIGINT → INTEGER)

BEGIN;

-- AlterTable "Author"
ALTER TABLE "Author" ALTER COLUMN "age" SET DATA TYPE INTEGER USING ("age"::INTEGER);

COMMIT;
