-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S003      safe   DropIndex "Article_authorId_slug_key" on "Article"

BEGIN;

-- DropIndex "Article_authorId_slug_key"
DROP INDEX "Article_authorId_slug_key";

COMMIT;
