-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 1 safe, 1 risky, 0 high
--   S002      safe   AddColumn "Comment"."authorId"
--   R106      risky  AddForeignKey "Comment_authorId_fkey" on "Comment": adds foreign key "Comment_authorId_fkey" on "Comment"("authorId") referencing "User"("id"): fails on orphaned rows and locks both tables

BEGIN;

-- AlterTable "Comment"
ALTER TABLE "Comment" ADD COLUMN     "authorId" INTEGER;

-- AddForeignKey "Comment_authorId_fkey"
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

COMMIT;
