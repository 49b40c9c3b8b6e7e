-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Article_authorId_handle_idx" ON "Article"("authorId", "handle");

-- CreateIndex
CREATE UNIQUE INDEX "Article_handle_title_key" ON "Article"("handle", "title");
