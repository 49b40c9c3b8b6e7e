-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 3 changes: 2 safe, 1 risky, 0 high
--   R104      risky  RenameColumn "Article"."handle" to "slug": renames column "Article"."handle" to "slug"
--   S003      safe   RenameIndex "Article_authorId_handle_idx" to "Article_authorId_slug_idx" on "Article"
--   S003      safe   RenameIndex "Article_handle_title_key" to "Article_slug_title_key" on "Article"

BEGIN;

-- RenameColumn "Article"."handle" to "slug"
ALTER TABLE "Article" RENAME COLUMN "handle" TO "slug";

-- RenameIndex "Article_authorId_handle_idx" to "Article_authorId_slug_idx"
ALTER INDEX "Article_authorId_handle_idx" RENAME TO "Article_authorId_slug_idx";

-- RenameIndex "Article_handle_title_key" to "Article_slug_title_key"
ALTER INDEX "Article_handle_title_key" RENAME TO "Article_slug_title_key";

COMMIT;
