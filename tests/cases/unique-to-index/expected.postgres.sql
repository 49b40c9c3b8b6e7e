-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 1 safe, 1 risky, 0 high
--   S003      safe   DropIndex "Article_slug_key" on "Article"
--   R107,S003 risky  CreateIndex "Article_slug_idx" on "Article": builds index "Article_slug_idx" with a blocking CREATE INDEX: writes to "Article" wait until it is built; creates index "Article_slug_idx" on "Article"

BEGIN;

-- DropIndex "Article_slug_key"
DROP INDEX "Article_slug_key";

-- CreateIndex "Article_slug_idx"
CREATE INDEX "Article_slug_idx" ON "Article"("slug");

COMMIT;
