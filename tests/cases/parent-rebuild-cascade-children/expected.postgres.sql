-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R103      risky  AlterColumn "Author"."age": changes the type of column "Author"."age" from INTEGER to BIGINT

BEGIN;

-- AlterTable "Author"
ALTER TABLE "Author" ALTER COLUMN "age" SET DATA TYPE BIGINT USING ("age"::BIGINT);

COMMIT;
