-- schemac 0.1.0 reverse migration script (sqlite)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 2 safe, 0 risky, 0 high
--   S003      safe   DropIndex "Article_createdAt_idx" on "Article"
--   S003      safe   CreateIndex "Article_createdAt_idx" on "Article"

BEGIN;

-- DropIndex "Article_createdAt_idx"
DROP INDEX "Article_createdAt_idx";

-- CreateIndex "Article_createdAt_idx"
CREATE INDEX "Article_createdAt_idx" ON "Article"("createdAt");

COMMIT;
