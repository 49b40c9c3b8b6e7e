-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 5 changes: 1 safe, 3 risky, 1 high
--   H204      high   DropForeignKey "Article_authorId_fkey" on "Article": drops foreign key "Article_authorId_fkey" on "Article"("authorId") referencing "User"("id")
--   R104      risky  RenameTable "Article" to "Post": renames table "Article" to "Post"
--   R104      risky  RenameColumn "Post"."headline" to "title": renames column "Post"."headline" to "title"
--   S003      safe   ChangePrimaryKey "Post"
--   R106      risky  AddForeignKey "Post_authorId_fkey" on "Post": adds foreign key "Post_authorId_fkey" on "Post"("authorId") referencing "User"("id"): fails on orphaned rows and locks both tables

BEGIN;

-- DropForeignKey "Article_authorId_fkey"
ALTER TABLE "Article" DROP CONSTRAINT "Article_authorId_fkey";

-- RenameTable "Article" to "Post"
ALTER TABLE "Article" RENAME TO "Post";

-- RenameColumn "Post"."headline" to "title"
ALTER TABLE "Post" RENAME COLUMN "headline" TO "title";

-- RenamePrimaryKey "Article_pkey" to "Post_pkey"
ALTER TABLE "Post" RENAME CONSTRAINT "Article_pkey" TO "Post_pkey";

-- AddForeignKey "Post_authorId_fkey"
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

COMMIT;
