-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 2 safe, 0 risky, 0 high
--   S001      safe   CreateTable "Membership"
--   S003      safe   CreateIndex "Membership_groupId_idx" on "Membership"

BEGIN;

-- CreateTable "Membership"
CREATE TABLE "Membership" (
    "userId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("userId","groupId")
);

-- CreateIndex "Membership_groupId_idx"
CREATE INDEX "Membership_groupId_idx" ON "Membership"("groupId");

COMMIT;
