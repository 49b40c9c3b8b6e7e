-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 12 changes: 2 safe, 7 risky, 3 high
--   H204      high   DropForeignKey "_TagToZpost_A_fkey" on "_TagToZpost": drops foreign key "_TagToZpost_A_fkey" on "_TagToZpost"("A") referencing "Tag"("id")
--   H204      high   DropForeignKey "_TagToZpost_B_fkey" on "_TagToZpost": drops foreign key "_TagToZpost_B_fkey" on "_TagToZpost"("B") referencing "Zpost"("id")
--   S003      safe   DropIndex "_TagToZpost_B_index" on "_TagToZpost"
--   R104      risky  RenameTable "Zpost" to "Post": renames table "Zpost" to "Post"
--   R104      risky  RenameTable "_TagToZpost" to "_PostToTag": renames table "_TagToZpost" to "_PostToTag"
--   R104      risky  RenameColumn "_PostToTag"."B" to "A": renames column "_PostToTag"."B" to "A"
--   R104      risky  RenameColumn "_PostToTag"."A" to "B": renames column "_PostToTag"."A" to "B"
--   S003      safe   ChangePrimaryKey "Post"
--   H203      high   ChangePrimaryKey "_PostToTag": changes the primary key of "_PostToTag" from ("B", "A") to ("A", "B")
--   R107,S003 risky  CreateIndex "_PostToTag_B_index" on "_PostToTag": builds index "_PostToTag_B_index" with a blocking CREATE INDEX: writes to "_PostToTag" wait until it is built; creates index "_PostToTag_B_index" on "_PostToTag"
--   R106      risky  AddForeignKey "_PostToTag_A_fkey" on "_PostToTag": adds foreign key "_PostToTag_A_fkey" on "_PostToTag"("A") referencing "Post"("id"): fails on orphaned rows and locks both tables
--   R106      risky  AddForeignKey "_PostToTag_B_fkey" on "_PostToTag": adds foreign key "_PostToTag_B_fkey" on "_PostToTag"("B") referencing "Tag"("id"): fails on orphaned rows and locks both tables

BEGIN;

-- DropForeignKey "_TagToZpost_A_fkey"
ALTER TABLE "_TagToZpost" DROP CONSTRAINT "_TagToZpost_A_fkey";

-- DropForeignKey "_TagToZpost_B_fkey"
ALTER TABLE "_TagToZpost" DROP CONSTRAINT "_TagToZpost_B_fkey";

-- DropIndex "_TagToZpost_B_index"
DROP INDEX "_TagToZpost_B_index";

-- RenameTable "Zpost" to "Post"
ALTER TABLE "Zpost" RENAME TO "Post";

-- RenameTable "_TagToZpost" to "_PostToTag"
ALTER TABLE "_TagToZpost" RENAME TO "_PostToTag";

-- RenameColumn "_PostToTag"."B" to "B_swap"
ALTER TABLE "_PostToTag" RENAME COLUMN "B" TO "B_swap";

-- RenameColumn "_PostToTag"."A" to "B"
ALTER TABLE "_PostToTag" RENAME COLUMN "A" TO "B";

-- RenameColumn "_PostToTag"."B_swap" to "A"
ALTER TABLE "_PostToTag" RENAME COLUMN "B_swap" TO "A";

-- RenamePrimaryKey "Zpost_pkey" to "Post_pkey"
ALTER TABLE "Post" RENAME CONSTRAINT "Zpost_pkey" TO "Post_pkey";

-- AlterTable "_PostToTag"
ALTER TABLE "_PostToTag" DROP CONSTRAINT "_TagToZpost_AB_pkey",
ADD CONSTRAINT "_PostToTag_AB_pkey" PRIMARY KEY ("A", "B");

-- CreateIndex "_PostToTag_B_index"
CREATE INDEX "_PostToTag_B_index" ON "_PostToTag"("B");

-- AddForeignKey "_PostToTag_A_fkey"
ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey "_PostToTag_B_fkey"
ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

COMMIT;
