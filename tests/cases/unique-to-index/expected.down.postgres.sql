-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 1 safe, 1 risky, 0 high
--   S003      safe   DropIndex "Article_slug_idx" on "Article"
--   R105,R107 risky  CreateIndex "Article_slug_key" on "Article": adds unique index "Article_slug_key" on "Article"("slug"): fails if existing rows hold duplicates; builds index "Article_slug_key" with a blocking CREATE INDEX: writes to "Article" wait until it is built

BEGIN;

-- DropIndex "Article_slug_idx"
DROP INDEX "Article_slug_idx";

-- CreateIndex "Article_slug_key"
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

COMMIT;
