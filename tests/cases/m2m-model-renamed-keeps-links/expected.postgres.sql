-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 9 changes: 3 safe, 4 risky, 2 high
--   H204      high   DropForeignKey "_PostToTag_A_fkey" on "_PostToTag": drops foreign key "_PostToTag_A_fkey" on "_PostToTag"("A") referencing "Post"("id")
--   H204      high   DropForeignKey "_PostToTag_B_fkey" on "_PostToTag": drops foreign key "_PostToTag_B_fkey" on "_PostToTag"("B") referencing "Tag"("id")
--   R104      risky  RenameTable "Post" to "Article": renames table "Post" to "Article"
--   R104      risky  RenameTable "_PostToTag" to "_ArticleToTag": renames table "_PostToTag" to "_ArticleToTag"
--   S003      safe   ChangePrimaryKey "Article"
--   S003      safe   ChangePrimaryKey "_ArticleToTag"
--   S003      safe   RenameIndex "_PostToTag_B_index" to "_ArticleToTag_B_index" on "_ArticleToTag"
--   R106      risky  AddForeignKey "_ArticleToTag_A_fkey" on "_ArticleToTag": adds foreign key "_ArticleToTag_A_fkey" on "_ArticleToTag"("A") referencing "Article"("id"): fails on orphaned rows and locks both tables
--   R106      risky  AddForeignKey "_ArticleToTag_B_fkey" on "_ArticleToTag": adds foreign key "_ArticleToTag_B_fkey" on "_ArticleToTag"("B") referencing "Tag"("id"): fails on orphaned rows and locks both tables

BEGIN;

-- DropForeignKey "_PostToTag_A_fkey"
ALTER TABLE "_PostToTag" DROP CONSTRAINT "_PostToTag_A_fkey";

-- DropForeignKey "_PostToTag_B_fkey"
ALTER TABLE "_PostToTag" DROP CONSTRAINT "_PostToTag_B_fkey";

-- RenameTable "Post" to "Article"
ALTER TABLE "Post" RENAME TO "Article";

-- RenameTable "_PostToTag" to "_ArticleToTag"
ALTER TABLE "_PostToTag" RENAME TO "_ArticleToTag";

-- RenamePrimaryKey "Post_pkey" to "Article_pkey"
ALTER TABLE "Article" RENAME CONSTRAINT "Post_pkey" TO "Article_pkey";

-- RenamePrimaryKey "_PostToTag_AB_pkey" to "_ArticleToTag_AB_pkey"
ALTER TABLE "_ArticleToTag" RENAME CONSTRAINT "_PostToTag_AB_pkey" TO "_ArticleToTag_AB_pkey";

-- RenameIndex "_PostToTag_B_index" to "_ArticleToTag_B_index"
ALTER INDEX "_PostToTag_B_index" RENAME TO "_ArticleToTag_B_index";

-- AddForeignKey "_ArticleToTag_A_fkey"
ALTER TABLE "_ArticleToTag" ADD CONSTRAINT "_ArticleToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey "_ArticleToTag_B_fkey"
ALTER TABLE "_ArticleToTag" ADD CONSTRAINT "_ArticleToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

COMMIT;
