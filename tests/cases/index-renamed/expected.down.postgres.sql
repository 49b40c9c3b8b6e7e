-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S003      safe   RenameIndex "article_author" to "Article_authorId_idx" on "Article"

BEGIN;

-- RenameIndex "article_author" to "Article_authorId_idx"
ALTER INDEX "article_author" RENAME TO "Article_authorId_idx";

COMMIT;
