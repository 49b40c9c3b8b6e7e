-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 9 changes: 5 safe, 1 risky, 3 high
--   H201      high   DropForeignKey "_PostToTag_A_fkey" on "_PostToTag": drops foreign key "_PostToTag_A_fkey" along with table "_PostToTag"
--   H201      high   DropForeignKey "_PostToTag_B_fkey" on "_PostToTag": drops foreign key "_PostToTag_B_fkey" along with table "_PostToTag"
--   R104      risky  RenameTable "Post" to "Zpost": renames table "Post" to "Zpost"
--   S003      safe   ChangePrimaryKey "Zpost"
--   H201      high   DropTable "_PostToTag": drops table "_PostToTag" and all its rows
--   S001      safe   CreateTable "_TagToZpost"
--   S003      safe   CreateIndex "_TagToZpost_B_index" on "_TagToZpost"
--   S001      safe   AddForeignKey "_TagToZpost_A_fkey" on "_TagToZpost"
--   S001      safe   AddForeignKey "_TagToZpost_B_fkey" on "_TagToZpost"
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropForeignKey "_PostToTag_A_fkey"
ALTER TABLE "_PostToTag" DROP CONSTRAINT "_PostToTag_A_fkey";

-- DropForeignKey "_PostToTag_B_fkey"
ALTER TABLE "_PostToTag" DROP CONSTRAINT "_PostToTag_B_fkey";

-- RenameTable "Post" to "Zpost"
ALTER TABLE "Post" RENAME TO "Zpost";

-- RenamePrimaryKey "Post_pkey" to "Zpost_pkey"
ALTER TABLE "Zpost" RENAME CONSTRAINT "Post_pkey" TO "Zpost_pkey";

-- DropTable "_PostToTag"
-- DESTRUCTIVE: drops table "_PostToTag" and all its rows
DROP TABLE "_PostToTag";

-- CreateTable "_TagToZpost"
CREATE TABLE "_TagToZpost" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_TagToZpost_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex "_TagToZpost_B_index"
CREATE INDEX "_TagToZpost_B_index" ON "_TagToZpost"("B");

-- AddForeignKey "_TagToZpost_A_fkey"
ALTER TABLE "_TagToZpost" ADD CONSTRAINT "_TagToZpost_A_fkey" FOREIGN KEY ("A") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey "_TagToZpost_B_fkey"
ALTER TABLE "_TagToZpost" ADD CONSTRAINT "_TagToZpost_B_fkey" FOREIGN KEY ("B") REFERENCES "Zpost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

COMMIT;
