-- DropIndex
DROP INDEX "Post_body_idx";

-- CreateIndex
CREATE UNIQUE INDEX "Post_slug_key" ON "Post"("slug");

-- CreateIndex
CREATE INDEX "Post_tags_idx" ON "Post" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "Post_slug_title_idx" ON "Post"("slug" DESC, "title");

-- RenameIndex
ALTER INDEX "old_title" RENAME TO "new_title";
