-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 9 changes: 3 safe, 4 risky, 2 high
--   H204      high   DropForeignKey "_ArticleToTag_A_fkey" on "_ArticleToTag": drops foreign key "_ArticleToTag_A_fkey" on "_ArticleToTag"("A") referencing "Article"("id")
--   H204      high   DropForeignKey "_ArticleToTag_B_fkey" on "_ArticleToTag": drops foreign key "_ArticleToTag_B_fkey" on "_ArticleToTag"("B") referencing "Tag"("id")
--   R104      risky  RenameTable "Article" to "Post": renames table "Article" to "Post"
--   R104      risky  RenameTable "_ArticleToTag" to "_PostToTag": renames table "_ArticleToTag" to "_PostToTag"
--   S003      safe   ChangePrimaryKey "Post"
--   S003      safe   ChangePrimaryKey "_PostToTag"
--   S003      safe   RenameIndex "_ArticleToTag_B_index" to "_PostToTag_B_index" on "_PostToTag"
--   R106      risky  AddForeignKey "_PostToTag_A_fkey" on "_PostToTag": adds foreign key "_PostToTag_A_fkey" on "_PostToTag"("A") referencing "Post"("id"): fails on orphaned rows and locks both tables
--   R106      risky  AddForeignKey "_PostToTag_B_fkey" on "_PostToTag": adds foreign key "_PostToTag_B_fkey" on "_PostToTag"("B") referencing "Tag"("id"): fails on orphaned rows and locks both tables

BEGIN;

-- DropForeignKey "_ArticleToTag_A_fkey"
ALTER TABLE "_ArticleToTag" DROP CONSTRAINT "_ArticleToTag_A_fkey";

-- DropForeignKey "_ArticleToTag_B_fkey"
ALTER TABLE "_ArticleToTag" DROP CONSTRAINT "_ArticleToTag_B_fkey";

-- RenameTable "Article" to "Post"
ALTER TABLE "Article" RENAME TO "Post";

-- RenameTable "_ArticleToTag" to "_PostToTag"
ALTER TABLE "_ArticleToTag" RENAME TO "_PostToTag";

-- RenamePrimaryKey "Article_pkey" to "Post_pkey"
ALTER TABLE "Post" RENAME CONSTRAINT "Article_pkey" TO "Post_pkey";

-- RenamePrimaryKey "_ArticleToTag_AB_pkey" to "_PostToTag_AB_pkey"
ALTER TABLE "_PostToTag" RENAME CONSTRAINT "_ArticleToTag_AB_pkey" TO "_PostToTag_AB_pkey";

-- RenameIndex "_ArticleToTag_B_index" to "_PostToTag_B_index"
ALTER INDEX "_ArticleToTag_B_index" RENAME TO "_PostToTag_B_index";

-- AddForeignKey "_PostToTag_A_fkey"
ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey "_PostToTag_B_fkey"
ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

COMMIT;
