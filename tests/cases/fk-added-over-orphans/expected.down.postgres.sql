-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H204      high   DropForeignKey "Post_authorEmail_fkey" on "Post": drops foreign key "Post_authorEmail_fkey" on "Post"("authorEmail") referencing "User"("email")

BEGIN;

-- DropForeignKey "Post_authorEmail_fkey"
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorEmail_fkey";

COMMIT;
