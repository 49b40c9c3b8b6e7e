-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 1 safe, 1 risky, 0 high
--   R104      risky  RenameTable "accounts" to "users": renames table "accounts" to "users"
--   S003      safe   ChangePrimaryKey "users"

BEGIN;

-- RenameTable "accounts" to "users"
ALTER TABLE "accounts" RENAME TO "users";

-- RenamePrimaryKey "accounts_pkey" to "users_pkey"
ALTER TABLE "users" RENAME CONSTRAINT "accounts_pkey" TO "users_pkey";

COMMIT;
