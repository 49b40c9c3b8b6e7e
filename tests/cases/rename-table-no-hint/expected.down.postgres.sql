-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 1 safe, 0 risky, 1 high
--   H201      high   DropTable "Memo": drops table "Memo" and all its rows
--   S001      safe   CreateTable "Note"
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - DropTable "Note": drops table "Note" and all its rows
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropTable "Memo"
-- DESTRUCTIVE: drops table "Memo" and all its rows
DROP TABLE "Memo";

-- CreateTable "Note"
CREATE TABLE "Note" (
    "id" SERIAL NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

COMMIT;
