-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 12 changes: 2 safe, 7 risky, 3 high
--   H204      high   DropForeignKey "_PostToTag_A_fkey" on "_PostToTag": drops foreign key "_PostToTag_A_fkey" on "_PostToTag"("A") referencing "Post"("id")
--   H204      high   DropForeignKey "_PostToTag_B_fkey" on "_PostToTag": drops foreign key "_PostToTag_B_fkey" on "_PostToTag"("B") referencing "Tag"("id")
--   S003      safe   DropIndex "_PostToTag_B_index" on "_PostToTag"
--   R104      risky  RenameTable "Post" to "Zpost": renames table "Post" to "Zpost"
--   R104      risky  RenameTable "_PostToTag" to "_TagToZpost": renames table "_PostToTag" to "_TagToZpost"
--   R104      risky  RenameColumn "_TagToZpost"."B" to "A": renames column "_TagToZpost"."B" to "A"
--   R104      risky  RenameColumn "_TagToZpost"."A" to "B": renames column "_TagToZpost"."A" to "B"
--   S003      safe   ChangePrimaryKey "Zpost"
--   H203      high   ChangePrimaryKey "_TagToZpost": changes the primary key of "_TagToZpost" from ("B", "A") to ("A", "B")
--   R107,S003 risky  CreateIndex "_TagToZpost_B_index" on "_TagToZpost": builds index "_TagToZpost_B_index" with a blocking CREATE INDEX: writes to "_TagToZpost" wait until it is built; creates index "_TagToZpost_B_index" on "_TagToZpost"
--   R106      risky  AddForeignKey "_TagToZpost_A_fkey" on "_TagToZpost": adds foreign key "_TagToZpost_A_fkey" on "_TagToZpost"("A") referencing "Tag"("id"): fails on orphaned rows and locks both tables
--   R106      risky  AddForeignKey "_TagToZpost_B_fkey" on "_TagToZpost": adds foreign key "_TagToZpost_B_fkey" on "_TagToZpost"("B") referencing "Zpost"("id"): fails on orphaned rows and locks both tables

BEGIN;

-- DropForeignKey "_PostToTag_A_fkey"
ALTER TABLE "_PostToTag" DROP CONSTRAINT "_PostToTag_A_fkey";

-- DropForeignKey "_PostToTag_B_fkey"
ALTER TABLE "_PostToTag" DROP CONSTRAINT "_PostToTag_B_fkey";

-- DropIndex "_PostToTag_B_index"
DROP INDEX "_PostToTag_B_index";

-- RenameTable "Post" to "Zpost"
ALTER TABLE "Post" RENAME TO "Zpost";

-- RenameTable "_PostToTag" to "_TagToZpost"
ALTER TABLE "_PostToTag" RENAME TO "_TagToZpost";

-- RenameColumn "_TagToZpost"."B" to "B_swap"
ALTER TABLE "_TagToZpost" RENAME COLUMN "B" TO "B_swap";

-- RenameColumn "_TagToZpost"."A" to "B"
ALTER TABLE "_TagToZpost" RENAME COLUMN "A" TO "B";

-- RenameColumn "_TagToZpost"."B_swap" to "A"
ALTER TABLE "_TagToZpost" RENAME COLUMN "B_swap" TO "A";

-- RenamePrimaryKey "Post_pkey" to "Zpost_pkey"
ALTER TABLE "Zpost" RENAME CONSTRAINT "Post_pkey" TO "Zpost_pkey";

-- AlterTable "_TagToZpost"
ALTER TABLE "_TagToZpost" DROP CONSTRAINT "_PostToTag_AB_pkey",
ADD CONSTRAINT "_TagToZpost_AB_pkey" PRIMARY KEY ("A", "B");

-- CreateIndex "_TagToZpost_B_index"
CREATE INDEX "_TagToZpost_B_index" ON "_TagToZpost"("B");

-- AddForeignKey "_TagToZpost_A_fkey"
ALTER TABLE "_TagToZpost" ADD CONSTRAINT "_TagToZpost_A_fkey" FOREIGN KEY ("A") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey "_TagToZpost_B_fkey"
ALTER TABLE "_TagToZpost" ADD CONSTRAINT "_TagToZpost_B_fkey" FOREIGN KEY ("B") REFERENCES "Zpost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

COMMIT;
