-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 1 safe, 1 risky, 0 high
--   R104      risky  RenameColumn "User"."mail" to "email": renames column "User"."mail" to "email"
--   S003      safe   RenameIndex "User_mail_key" to "User_email_key" on "User"

BEGIN;

-- RenameColumn "User"."mail" to "email"
ALTER TABLE "User" RENAME COLUMN "mail" TO "email";

-- RenameIndex "User_mail_key" to "User_email_key"
ALTER INDEX "User_mail_key" RENAME TO "User_email_key";

COMMIT;
