-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S003      safe   RenameIndex "Article_authorId_idx" to "article_author" on "Article"

BEGIN;

-- RenameIndex "Article_authorId_idx" to "article_author"
ALTER INDEX "Article_authorId_idx" RENAME TO "article_author";

COMMIT;
