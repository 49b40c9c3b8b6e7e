-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 3 changes: 0 safe, 0 risky, 3 high
--   H201      high   DropForeignKey "_Follows_A_fkey" on "_Follows": drops foreign key "_Follows_A_fkey" along with table "_Follows"
--   H201      high   DropForeignKey "_Follows_B_fkey" on "_Follows": drops foreign key "_Follows_B_fkey" along with table "_Follows"
--   H201      high   DropTable "_Follows": drops table "_Follows" and all its rows
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropForeignKey "_Follows_A_fkey"
ALTER TABLE "_Follows" DROP CONSTRAINT "_Follows_A_fkey";

-- DropForeignKey "_Follows_B_fkey"
ALTER TABLE "_Follows" DROP CONSTRAINT "_Follows_B_fkey";

-- DropTable "_Follows"
-- DESTRUCTIVE: drops table "_Follows" and all its rows
DROP TABLE "_Follows";

COMMIT;
