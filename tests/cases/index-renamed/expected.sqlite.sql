-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S003      safe   RenameIndex "Article_authorId_idx" to "article_author" on "Article"

BEGIN;

-- RenameIndex "Article_authorId_idx" to "article_author"
DROP INDEX "Article_authorId_idx";
CREATE INDEX "article_author" ON "Article"("authorId");

COMMIT;
