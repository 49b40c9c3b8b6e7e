-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 1 safe, 0 risky, 1 high
--   H201      high   DropTable "Note": drops table "Note" and all its rows
--   S001      safe   CreateTable "Memo"
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropTable "Note"
-- DESTRUCTIVE: drops table "Note" and all its rows
DROP TABLE "Note";

-- CreateTable "Memo"
CREATE TABLE "Memo" (
    "id" SERIAL NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "Memo_pkey" PRIMARY KEY ("id")
);

COMMIT;
