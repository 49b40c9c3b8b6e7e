-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 3 changes: 2 safe, 1 risky, 0 high
--   R104      risky  RenameColumn "Article"."slug" to "handle": renames column "Article"."slug" to "handle"
--   S003      safe   RenameIndex "Article_authorId_slug_idx" to "Article_authorId_handle_idx" on "Article"
--   S003      safe   RenameIndex "Article_slug_title_key" to "Article_handle_title_key" on "Article"

BEGIN;

-- RenameColumn "Article"."slug" to "handle"
ALTER TABLE "Article" RENAME COLUMN "slug" TO "handle";

-- RenameIndex "Article_authorId_slug_idx" to "Article_authorId_handle_idx"
ALTER INDEX "Article_authorId_slug_idx" RENAME TO "Article_authorId_handle_idx";

-- RenameIndex "Article_slug_title_key" to "Article_handle_title_key"
ALTER INDEX "Article_slug_title_key" RENAME TO "Article_handle_title_key";

COMMIT;
