-- schemac 0.1.0 reverse migration script (sqlite)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 1 safe, 1 risky, 0 high
--   R104      risky  RenameTable "Account" to "User": renames table "Account" to "User"
--   S003      safe   RenameIndex "Account_email_key" to "User_email_key" on "User"

BEGIN;

-- RenameTable "Account" to "User"
ALTER TABLE "Account" RENAME TO "User";

-- RenameIndex "Account_email_key" to "User_email_key"
DROP INDEX "Account_email_key";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

COMMIT;
