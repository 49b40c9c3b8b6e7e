-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R106      risky  AddForeignKey "Post_authorEmail_fkey" on "Post": adds foreign key "Post_authorEmail_fkey" on "Post"("authorEmail") referencing "User"("email"): fails on orphaned rows and locks both tables

BEGIN;

-- AddForeignKey "Post_authorEmail_fkey"
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorEmail_fkey" FOREIGN KEY ("authorEmail") REFERENCES "User"("email") ON DELETE RESTRICT ON UPDATE CASCADE;

COMMIT;
