-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 4 changes: 4 safe, 0 risky, 0 high
--   S001      safe   CreateTable "_Follows"
--   S003      safe   CreateIndex "_Follows_B_index" on "_Follows"
--   S001      safe   AddForeignKey "_Follows_A_fkey" on "_Follows"
--   S001      safe   AddForeignKey "_Follows_B_fkey" on "_Follows"

BEGIN;

-- CreateTable "_Follows"
CREATE TABLE "_Follows" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_Follows_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex "_Follows_B_index"
CREATE INDEX "_Follows_B_index" ON "_Follows"("B");

-- AddForeignKey "_Follows_A_fkey"
ALTER TABLE "_Follows" ADD CONSTRAINT "_Follows_A_fkey" FOREIGN KEY ("A") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey "_Follows_B_fkey"
ALTER TABLE "_Follows" ADD CONSTRAINT "_Follows_B_fkey" FOREIGN KEY ("B") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

COMMIT;
