-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 1 safe, 1 risky, 0 high
--   R104      risky  RenameTable "User" to "Account": renames table "User" to "Account"
--   S003      safe   RenameIndex "User_email_key" to "Account_email_key" on "Account"

BEGIN;

-- RenameTable "User" to "Account"
ALTER TABLE "User" RENAME TO "Account";

-- RenameIndex "User_email_key" to "Account_email_key"
DROP INDEX "User_email_key";
CREATE UNIQUE INDEX "Account_email_key" ON "Account"("email");

COMMIT;
