-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 4 changes: 2 safe, 2 risky, 0 high
--   R104      risky  RenameTable "Note" to "Memo": renames table "Note" to "Memo"
--   S002      safe   AddColumn "Memo"."draft"
--   R103      risky  AlterColumn "Memo"."pages": changes the type of column "Memo"."pages" from INTEGER to DOUBLE PRECISION
--   S003      safe   ChangePrimaryKey "Memo"

BEGIN;

-- RenameTable "Note" to "Memo"
ALTER TABLE "Note" RENAME TO "Memo";

-- AlterTable "Memo"
ALTER TABLE "Memo" ADD COLUMN     "draft" BOOLEAN NOT NULL DEFAULT true,
ALTER COLUMN "pages" SET DATA TYPE DOUBLE PRECISION USING ("pages"::DOUBLE PRECISION);

-- RenamePrimaryKey "Note_pkey" to "Memo_pkey"
ALTER TABLE "Memo" RENAME CONSTRAINT "Note_pkey" TO "Memo_pkey";

COMMIT;
