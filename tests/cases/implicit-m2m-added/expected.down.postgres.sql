-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 3 changes: 0 safe, 0 risky, 3 high
--   H201      high   DropForeignKey "_PostToTag_A_fkey" on "_PostToTag": drops foreign key "_PostToTag_A_fkey" along with table "_PostToTag"
--   H201      high   DropForeignKey "_PostToTag_B_fkey" on "_PostToTag": drops foreign key "_PostToTag_B_fkey" along with table "_PostToTag"
--   H201      high   DropTable "_PostToTag": drops table "_PostToTag" and all its rows
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropForeignKey "_PostToTag_A_fkey"
ALTER TABLE "_PostToTag" DROP CONSTRAINT "_PostToTag_A_fkey";

-- DropForeignKey "_PostToTag_B_fkey"
ALTER TABLE "_PostToTag" DROP CONSTRAINT "_PostToTag_B_fkey";

-- DropTable "_PostToTag"
-- DESTRUCTIVE: drops table "_PostToTag" and all its rows
DROP TABLE "_PostToTag";

COMMIT;
