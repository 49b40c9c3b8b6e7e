-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R107,S003 risky  CreateIndex "Article_authorId_idx" on "Article": builds index "Article_authorId_idx" with a blocking CREATE INDEX: writes to "Article" wait until it is built; creates index "Article_authorId_idx" on "Article"

BEGIN;

-- CreateIndex "Article_authorId_idx"
CREATE INDEX "Article_authorId_idx" ON "Article"("authorId");

COMMIT;
