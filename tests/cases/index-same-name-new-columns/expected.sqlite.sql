-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 2 safe, 0 risky, 0 high
--   S003      safe   DropIndex "article_lookup" on "Article"
--   S003      safe   CreateIndex "article_lookup" on "Article"

BEGIN;

-- DropIndex "article_lookup"
DROP INDEX "article_lookup";

-- CreateIndex "article_lookup"
CREATE INDEX "article_lookup" ON "Article"("authorId", "slug");

COMMIT;
