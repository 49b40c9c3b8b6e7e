-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 1 safe, 1 risky, 0 high
--   S003      safe   DropIndex "Article_createdAt_authorId_idx" on "Article"
--   R107,S003 risky  CreateIndex "Article_authorId_createdAt_idx" on "Article": builds index "Article_authorId_createdAt_idx" with a blocking CREATE INDEX: writes to "Article" wait until it is built; creates index "Article_authorId_createdAt_idx" on "Article"

BEGIN;

-- DropIndex "Article_createdAt_authorId_idx"
DROP INDEX "Article_createdAt_authorId_idx";

-- CreateIndex "Article_authorId_createdAt_idx"
CREATE INDEX "Article_authorId_createdAt_idx" ON "Article"("authorId", "createdAt");

COMMIT;
