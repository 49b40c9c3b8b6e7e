-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 0 safe, 0 risky, 2 high
--   H204      high   DropForeignKey "Comment_authorId_fkey" on "Comment": drops foreign key "Comment_authorId_fkey" on "Comment"("authorId") referencing "User"("id")
--   H202      high   DropColumn "Comment"."authorId": drops column "Comment"."authorId" and its data
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropForeignKey "Comment_authorId_fkey"
ALTER TABLE "Comment" DROP CONSTRAINT "Comment_authorId_fkey";

-- AlterTable "Comment"
-- DESTRUCTIVE: drops column "Comment"."authorId" and its data
ALTER TABLE "Comment" DROP COLUMN "authorId";

COMMIT;
