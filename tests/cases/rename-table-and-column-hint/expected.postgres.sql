-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 5 changes: 1 safe, 3 risky, 1 high
--   H204      high   DropForeignKey "Post_authorId_fkey" on "Post": drops foreign key "Post_authorId_fkey" on "Post"("authorId") referencing "User"("id")
--   R104      risky  RenameTable "Post" to "Article": renames table "Post" to "Article"
--   R104      risky  RenameColumn "Article"."title" to "headline": renames column "Article"."title" to "headline"
--   S003      safe   ChangePrimaryKey "Article"
--   R106      risky  AddForeignKey "Article_authorId_fkey" on "Article": adds foreign key "Article_authorId_fkey" on "Article"("authorId") referencing "User"("id"): fails on orphaned rows and locks both tables

BEGIN;

-- DropForeignKey "Post_authorId_fkey"
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";

-- RenameTable "Post" to "Article"
ALTER TABLE "Post" RENAME TO "Article";

-- RenameColumn "Article"."title" to "headline"
ALTER TABLE "Article" RENAME COLUMN "title" TO "headline";

-- RenamePrimaryKey "Post_pkey" to "Article_pkey"
ALTER TABLE "Article" RENAME CONSTRAINT "Post_pkey" TO "Article_pkey";

-- AddForeignKey "Article_authorId_fkey"
ALTER TABLE "Article" ADD CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

COMMIT;
