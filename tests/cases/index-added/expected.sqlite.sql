-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S003      safe   CreateIndex "Article_authorId_idx" on "Article"

BEGIN;

-- CreateIndex "Article_authorId_idx"
CREATE INDEX "Article_authorId_idx" ON "Article"("authorId");

COMMIT;
