-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 0 safe, 2 risky, 0 high
--   R101      risky  AddColumn "Post"."authorId": adds required column "Post"."authorId" without a default: existing rows get the --backfill value (SELECT min(id) FROM "User")
--   R106      risky  AddForeignKey "Post_authorId_fkey" on "Post": adds foreign key "Post_authorId_fkey" on "Post"("authorId") referencing "User"("id"): fails on orphaned rows and locks both tables

BEGIN;

-- AlterTable "Post"
ALTER TABLE "Post" ADD COLUMN     "authorId" INTEGER;

-- Backfill "Post"."authorId"
UPDATE "Post" SET "authorId" = (SELECT min(id) FROM "User");

-- AlterTable "Post" ("authorId" becomes required after its backfill)
ALTER TABLE "Post" ALTER COLUMN "authorId" SET NOT NULL;

-- AddForeignKey "Post_authorId_fkey"
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

COMMIT;
