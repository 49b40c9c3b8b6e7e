-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 3 changes: 0 safe, 2 risky, 1 high
--   H204      high   DropForeignKey "Post_authorId_fkey" on "Post": drops foreign key "Post_authorId_fkey" on "Post"("authorId") referencing "User"("id")
--   R104      risky  RenameColumn "Post"."authorId" to "writerId": renames column "Post"."authorId" to "writerId"
--   R106      risky  AddForeignKey "Post_writerId_fkey" on "Post": adds foreign key "Post_writerId_fkey" on "Post"("writerId") referencing "User"("id"): fails on orphaned rows and locks both tables

BEGIN;

-- DropForeignKey "Post_authorId_fkey"
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";

-- RenameColumn "Post"."authorId" to "writerId"
ALTER TABLE "Post" RENAME COLUMN "authorId" TO "writerId";

-- AddForeignKey "Post_writerId_fkey"
ALTER TABLE "Post" ADD CONSTRAINT "Post_writerId_fkey" FOREIGN KEY ("writerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

COMMIT;
