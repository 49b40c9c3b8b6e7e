-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 3 changes: 0 safe, 0 risky, 3 high
--   H204      high   DropForeignKey "Post_categoryId_fkey" on "Post": drops foreign key "Post_categoryId_fkey" on "Post"("categoryId") referencing "Category"("id")
--   H202      high   DropColumn "Post"."categoryId": drops column "Post"."categoryId" and its data
--   H201      high   DropTable "Category": drops table "Category" and all its rows
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropForeignKey "Post_categoryId_fkey"
ALTER TABLE "Post" DROP CONSTRAINT "Post_categoryId_fkey";

-- AlterTable "Post"
-- DESTRUCTIVE: drops column "Post"."categoryId" and its data
ALTER TABLE "Post" DROP COLUMN "categoryId";

-- DropTable "Category"
-- DESTRUCTIVE: drops table "Category" and all its rows
DROP TABLE "Category";

COMMIT;
