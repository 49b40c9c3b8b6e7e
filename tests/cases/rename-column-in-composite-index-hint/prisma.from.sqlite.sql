-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Article_authorId_slug_idx" ON "Article"("authorId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_title_key" ON "Article"("slug", "title");
