-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 9 changes: 5 safe, 1 risky, 3 high
--   H201      high   DropForeignKey "_TagToZpost_A_fkey" on "_TagToZpost": drops foreign key "_TagToZpost_A_fkey" along with table "_TagToZpost"
--   H201      high   DropForeignKey "_TagToZpost_B_fkey" on "_TagToZpost": drops foreign key "_TagToZpost_B_fkey" along with table "_TagToZpost"
--   R104      risky  RenameTable "Zpost" to "Post": renames table "Zpost" to "Post"
--   S003      safe   ChangePrimaryKey "Post"
--   H201      high   DropTable "_TagToZpost": drops table "_TagToZpost" and all its rows
--   S001      safe   CreateTable "_PostToTag"
--   S003      safe   CreateIndex "_PostToTag_B_index" on "_PostToTag"
--   S001      safe   AddForeignKey "_PostToTag_A_fkey" on "_PostToTag"
--   S001      safe   AddForeignKey "_PostToTag_B_fkey" on "_PostToTag"
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - DropForeignKey "_PostToTag_A_fkey" on "_PostToTag": drops foreign key "_PostToTag_A_fkey" along with table "_PostToTag"
--   - DropForeignKey "_PostToTag_B_fkey" on "_PostToTag": drops foreign key "_PostToTag_B_fkey" along with table "_PostToTag"
--   - DropTable "_PostToTag": drops table "_PostToTag" and all its rows
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropForeignKey "_TagToZpost_A_fkey"
ALTER TABLE "_TagToZpost" DROP CONSTRAINT "_TagToZpost_A_fkey";

-- DropForeignKey "_TagToZpost_B_fkey"
ALTER TABLE "_TagToZpost" DROP CONSTRAINT "_TagToZpost_B_fkey";

-- RenameTable "Zpost" to "Post"
ALTER TABLE "Zpost" RENAME TO "Post";

-- RenamePrimaryKey "Zpost_pkey" to "Post_pkey"
ALTER TABLE "Post" RENAME CONSTRAINT "Zpost_pkey" TO "Post_pkey";

-- DropTable "_TagToZpost"
-- DESTRUCTIVE: drops table "_TagToZpost" and all its rows
DROP TABLE "_TagToZpost";

-- CreateTable "_PostToTag"
CREATE TABLE "_PostToTag" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_PostToTag_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex "_PostToTag_B_index"
CREATE INDEX "_PostToTag_B_index" ON "_PostToTag"("B");

-- AddForeignKey "_PostToTag_A_fkey"
ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey "_PostToTag_B_fkey"
ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

COMMIT;
