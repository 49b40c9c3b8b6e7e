-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 5 changes: 2 safe, 3 risky, 0 high
--   S003      safe   DropIndex "idx weird order" on "weird table"
--   R104      risky  RenameColumn "weird table"."note" to "select": renames column "weird table"."note" to "select"
--   S002      safe   AddColumn "weird table"."we""ird"
--   R103      risky  AlterColumn "weird table"."order": changes the type of column "weird table"."order" from INTEGER to BIGINT
--   R107,S003 risky  CreateIndex "idx weird order" on "weird table": builds index "idx weird order" with a blocking CREATE INDEX: writes to "weird table" wait until it is built; creates index "idx weird order" on "weird table"

BEGIN;

-- DropIndex "idx weird order"
DROP INDEX "idx weird order";

-- RenameColumn "weird table"."note" to "select"
ALTER TABLE "weird table" RENAME COLUMN "note" TO "select";

-- AlterTable "weird table"
ALTER TABLE "weird table" ADD COLUMN     "we""ird" TEXT,
ALTER COLUMN "order" SET DATA TYPE BIGINT USING ("order"::BIGINT);

-- CreateIndex "idx weird order"
CREATE INDEX "idx weird order" ON "weird table"("order" DESC);

COMMIT;
