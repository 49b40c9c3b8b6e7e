-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 1 safe, 1 risky, 0 high
--   R104      risky  RenameColumn "User"."email" to "mail": renames column "User"."email" to "mail"
--   S003      safe   RenameIndex "User_email_key" to "User_mail_key" on "User"

BEGIN;

-- RenameColumn "User"."email" to "mail"
ALTER TABLE "User" RENAME COLUMN "email" TO "mail";

-- RenameIndex "User_email_key" to "User_mail_key"
ALTER INDEX "User_email_key" RENAME TO "User_mail_key";

COMMIT;
