-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 4 changes: 4 safe, 0 risky, 0 high
--   S001      safe   CreateTable "_PostToTag"
--   S003      safe   CreateIndex "_PostToTag_B_index" on "_PostToTag"
--   S001      safe   AddForeignKey "_PostToTag_A_fkey" on "_PostToTag"
--   S001      safe   AddForeignKey "_PostToTag_B_fkey" on "_PostToTag"

BEGIN;

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
