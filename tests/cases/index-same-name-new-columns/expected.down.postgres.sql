-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 1 safe, 1 risky, 0 high
--   S003      safe   DropIndex "article_lookup" on "Article"
--   R107,S003 risky  CreateIndex "article_lookup" on "Article": builds index "article_lookup" with a blocking CREATE INDEX: writes to "Article" wait until it is built; creates index "article_lookup" on "Article"

BEGIN;

-- DropIndex "article_lookup"
DROP INDEX "article_lookup";

-- CreateIndex "article_lookup"
CREATE INDEX "article_lookup" ON "Article"("authorId");

COMMIT;
