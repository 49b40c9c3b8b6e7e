-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S003      safe   DropIndex "Article_published_key" on "Article"

BEGIN;

-- DropIndex "Article_published_key"
DROP INDEX "Article_published_key";

COMMIT;
