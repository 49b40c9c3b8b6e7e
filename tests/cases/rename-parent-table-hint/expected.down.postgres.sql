-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 3 changes: 2 safe, 1 risky, 0 high
--   R104      risky  RenameTable "Account" to "User": renames table "Account" to "User"
--   S003      safe   ChangePrimaryKey "User"
--   S003      safe   RenameIndex "Account_email_key" to "User_email_key" on "User"

BEGIN;

-- RenameTable "Account" to "User"
ALTER TABLE "Account" RENAME TO "User";

-- RenamePrimaryKey "Account_pkey" to "User_pkey"
ALTER TABLE "User" RENAME CONSTRAINT "Account_pkey" TO "User_pkey";

-- RenameIndex "Account_email_key" to "User_email_key"
ALTER INDEX "Account_email_key" RENAME TO "User_email_key";

COMMIT;
