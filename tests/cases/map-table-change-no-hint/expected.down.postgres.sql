-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 1 safe, 0 risky, 1 high
--   H201      high   DropTable "accounts": drops table "accounts" and all its rows
--   S001      safe   CreateTable "users"
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - DropTable "users": drops table "users" and all its rows
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropTable "accounts"
-- DESTRUCTIVE: drops table "accounts" and all its rows
DROP TABLE "accounts";

-- CreateTable "users"
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "user_name" TEXT NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

COMMIT;
