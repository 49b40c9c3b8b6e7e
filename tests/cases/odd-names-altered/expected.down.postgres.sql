-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 5 changes: 1 safe, 2 risky, 2 high
--   S003      safe   DropIndex "idx weird order" on "weird table"
--   R104      risky  RenameColumn "weird table"."select" to "note": renames column "weird table"."select" to "note"
--   H205      high   AlterColumn "weird table"."order": changes column "weird table"."order" from BIGINT to INTEGER: BigInt → Int (BIGINT → INTEGER)
--   H202      high   DropColumn "weird table"."we""ird": drops column "weird table"."we""ird" and its data
--   R107,S003 risky  CreateIndex "idx weird order" on "weird table": builds index "idx weird order" with a blocking CREATE INDEX: writes to "weird table" wait until it is built; creates index "idx weird order" on "weird table"
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropIndex "idx weird order"
DROP INDEX "idx weird order";

-- RenameColumn "weird table"."select" to "note"
ALTER TABLE "weird table" RENAME COLUMN "select" TO "note";

-- AlterTable "weird table"
-- DESTRUCTIVE: drops column "weird table"."we""ird" and its data
ALTER TABLE "weird table" DROP COLUMN "we""ird",
ALTER COLUMN "order" SET DATA TYPE INTEGER USING ("order"::INTEGER);

-- CreateIndex "idx weird order"
CREATE INDEX "idx weird order" ON "weird table"("order");

COMMIT;
