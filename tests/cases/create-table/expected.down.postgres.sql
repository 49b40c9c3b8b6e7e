-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H201      high   DropTable "Tag": drops table "Tag" and all its rows
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropTable "Tag"
-- DESTRUCTIVE: drops table "Tag" and all its rows
DROP TABLE "Tag";

COMMIT;
