-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 3 changes: 2 safe, 1 risky, 0 high
--   R104      risky  RenameTable "User" to "Account": renames table "User" to "Account"
--   S003      safe   ChangePrimaryKey "Account"
--   S003      safe   RenameIndex "User_email_key" to "Account_email_key" on "Account"

BEGIN;

-- RenameTable "User" to "Account"
ALTER TABLE "User" RENAME TO "Account";

-- RenamePrimaryKey "User_pkey" to "Account_pkey"
ALTER TABLE "Account" RENAME CONSTRAINT "User_pkey" TO "Account_pkey";

-- RenameIndex "User_email_key" to "Account_email_key"
ALTER INDEX "User_email_key" RENAME TO "Account_email_key";

COMMIT;
