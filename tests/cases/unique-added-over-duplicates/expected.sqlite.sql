-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R105      risky  CreateIndex "Article_published_key" on "Article": adds unique index "Article_published_key" on "Article"("published"): fails if existing rows hold duplicates

BEGIN;

-- CreateIndex "Article_published_key"
CREATE UNIQUE INDEX "Article_published_key" ON "Article"("published");

COMMIT;
