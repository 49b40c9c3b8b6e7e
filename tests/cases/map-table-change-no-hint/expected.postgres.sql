-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 1 safe, 0 risky, 1 high
--   H201      high   DropTable "users": drops table "users" and all its rows
--   S001      safe   CreateTable "accounts"
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropTable "users"
-- DESTRUCTIVE: drops table "users" and all its rows
DROP TABLE "users";

-- CreateTable "accounts"
CREATE TABLE "accounts" (
    "id" SERIAL NOT NULL,
    "user_name" TEXT NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

COMMIT;
