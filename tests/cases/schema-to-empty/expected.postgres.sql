-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 3 changes: 0 safe, 0 risky, 3 high
--   H201      high   DropForeignKey "Post_authorId_fkey" on "Post": drops foreign key "Post_authorId_fkey" along with table "Post"
--   H201      high   DropTable "User": drops table "User" and all its rows
--   H201      high   DropTable "Post": drops table "Post" and all its rows
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropForeignKey "Post_authorId_fkey"
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";

-- DropTable "User"
-- DESTRUCTIVE: drops table "User" and all its rows
DROP TABLE "User";

-- DropTable "Post"
-- DESTRUCTIVE: drops table "Post" and all its rows
DROP TABLE "Post";

COMMIT;
