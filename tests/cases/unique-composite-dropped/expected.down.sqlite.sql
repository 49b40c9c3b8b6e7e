-- schemac 0.1.0 reverse migration script (sqlite)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R105      risky  CreateIndex "Article_authorId_slug_key" on "Article": adds unique index "Article_authorId_slug_key" on "Article"("authorId", "slug"): fails if existing rows hold duplicates

BEGIN;

-- CreateIndex "Article_authorId_slug_key"
CREATE UNIQUE INDEX "Article_authorId_slug_key" ON "Article"("authorId", "slug");

COMMIT;
