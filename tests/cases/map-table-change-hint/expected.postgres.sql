-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 1 safe, 1 risky, 0 high
--   R104      risky  RenameTable "users" to "accounts": renames table "users" to "accounts"
--   S003      safe   ChangePrimaryKey "accounts"

BEGIN;

-- RenameTable "users" to "accounts"
ALTER TABLE "users" RENAME TO "accounts";

-- RenamePrimaryKey "users_pkey" to "accounts_pkey"
ALTER TABLE "accounts" RENAME CONSTRAINT "users_pkey" TO "accounts_pkey";

COMMIT;
