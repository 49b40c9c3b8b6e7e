-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 2 safe, 0 risky, 0 high
--   S003      safe   DropIndex "Article_slug_key" on "Article"
--   S003      safe   CreateIndex "Article_slug_idx" on "Article"

BEGIN;

-- DropIndex "Article_slug_key"
DROP INDEX "Article_slug_key";

-- CreateIndex "Article_slug_idx"
CREATE INDEX "Article_slug_idx" ON "Article"("slug");

COMMIT;
