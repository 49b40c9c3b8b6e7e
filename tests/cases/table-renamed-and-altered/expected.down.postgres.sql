-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 4 changes: 1 safe, 1 risky, 2 high
--   R104      risky  RenameTable "Memo" to "Note": renames table "Memo" to "Note"
--   H205      high   AlterColumn "Note"."pages": changes column "Note"."pages" from DOUBLE PRECISION to INTEGER: Float → Int (DOUBLE PRECISION → INTEGER)
--   S003      safe   ChangePrimaryKey "Note"
--   H202      high   DropColumn "Note"."draft": drops column "Note"."draft" and its data
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- RenameTable "Memo" to "Note"
ALTER TABLE "Memo" RENAME TO "Note";

-- AlterTable "Note"
-- DESTRUCTIVE: drops column "Note"."draft" and its data
ALTER TABLE "Note" DROP COLUMN "draft",
ALTER COLUMN "pages" SET DATA TYPE INTEGER USING ("pages"::INTEGER);

-- RenamePrimaryKey "Memo_pkey" to "Note_pkey"
ALTER TABLE "Note" RENAME CONSTRAINT "Memo_pkey" TO "Note_pkey";

COMMIT;
