-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 0 safe, 1 risky, 1 high
--   H204      high   DropForeignKey "Category_parentId_fkey" on "Category": drops foreign key "Category_parentId_fkey" on "Category"("parentId") referencing "Category"("id")
--   R106      risky  AddForeignKey "Category_parentId_fkey" on "Category": adds foreign key "Category_parentId_fkey" on "Category"("parentId") referencing "Category"("id"): fails on orphaned rows and locks both tables

BEGIN;

-- DropForeignKey "Category_parentId_fkey"
ALTER TABLE "Category" DROP CONSTRAINT "Category_parentId_fkey";

-- AddForeignKey "Category_parentId_fkey"
ALTER TABLE "Category" ADD CONSTRAINT "Category_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

COMMIT;
