-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R105,R107 risky  CreateIndex "Article_authorId_slug_key" on "Article": adds unique index "Article_authorId_slug_key" on "Article"("authorId", "slug"): fails if existing rows hold duplicates; builds index "Article_authorId_slug_key" with a blocking CREATE INDEX: writes to "Article" wait until it is built

BEGIN;

-- CreateIndex "Article_authorId_slug_key"
CREATE UNIQUE INDEX "Article_authorId_slug_key" ON "Article"("authorId", "slug");

COMMIT;
