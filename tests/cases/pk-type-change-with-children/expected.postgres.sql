-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 4 changes: 0 safe, 3 risky, 1 high
--   H204      high   DropForeignKey "Post_authorId_fkey" on "Post": drops foreign key "Post_authorId_fkey" on "Post"("authorId") referencing "User"("id")
--   R103      risky  AlterColumn "User"."id": changes the type of column "User"."id" from INTEGER to BIGINT
--   R103      risky  AlterColumn "Post"."authorId": changes the type of column "Post"."authorId" from INTEGER to BIGINT
--   R106      risky  AddForeignKey "Post_authorId_fkey" on "Post": adds foreign key "Post_authorId_fkey" on "Post"("authorId") referencing "User"("id"): fails on orphaned rows and locks both tables

BEGIN;

-- DropForeignKey "Post_authorId_fkey"
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";

-- AlterTable "User"
ALTER TABLE "User" ALTER COLUMN "id" SET DATA TYPE BIGINT USING ("id"::BIGINT);

-- AlterTable "Post"
ALTER TABLE "Post" ALTER COLUMN "authorId" SET DATA TYPE BIGINT USING ("authorId"::BIGINT);

-- AddForeignKey "Post_authorId_fkey"
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

COMMIT;
