-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_published_key" ON "Article"("published");
