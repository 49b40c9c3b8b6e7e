-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 5 changes: 2 safe, 1 risky, 2 high
--   S002      safe   AddColumn "Product"."stock"
--   S002      safe   AddColumn "Product"."note"
--   H205      high   AlterColumn "Product"."price": changes column "Product"."price" from DOUBLE PRECISION to DECIMAL(65,30): Float → Decimal (DOUBLE PRECISION → DECIMAL(65,30))
--   H202      high   DropColumn "Product"."oldCode": drops column "Product"."oldCode" and its data
--   R107,S003 risky  CreateIndex "Product_name_idx" on "Product": builds index "Product_name_idx" with a blocking CREATE INDEX: writes to "Product" wait until it is built; creates index "Product_name_idx" on "Product"
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- AlterTable "Product"
-- DESTRUCTIVE: drops column "Product"."oldCode" and its data
ALTER TABLE "Product" DROP COLUMN "oldCode",
ADD COLUMN     "note" TEXT,
ADD COLUMN     "stock" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "price" SET DATA TYPE DECIMAL(65,30) USING ("price"::DECIMAL(65,30));

-- CreateIndex "Product_name_idx"
CREATE INDEX "Product_name_idx" ON "Product"("name");

COMMIT;
