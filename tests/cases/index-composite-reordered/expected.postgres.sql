-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 1 safe, 1 risky, 0 high
--   S003      safe   DropIndex "Article_authorId_createdAt_idx" on "Article"
--   R107,S003 risky  CreateIndex "Article_createdAt_authorId_idx" on "Article": builds index "Article_createdAt_authorId_idx" with a blocking CREATE INDEX: writes to "Article" wait until it is built; creates index "Article_createdAt_authorId_idx" on "Article"

BEGIN;

-- DropIndex "Article_authorId_createdAt_idx"
DROP INDEX "Article_authorId_createdAt_idx";

-- CreateIndex "Article_createdAt_authorId_idx"
CREATE INDEX "Article_createdAt_authorId_idx" ON "Article"("createdAt", "authorId");

COMMIT;
