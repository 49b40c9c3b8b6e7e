-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R105,R107 risky  CreateIndex "Article_published_key" on "Article": adds unique index "Article_published_key" on "Article"("published"): fails if existing rows hold duplicates; builds index "Article_published_key" with a blocking CREATE INDEX: writes to "Article" wait until it is built

BEGIN;

-- CreateIndex "Article_published_key"
CREATE UNIQUE INDEX "Article_published_key" ON "Article"("published");

COMMIT;
