-- CreateTable
CREATE TABLE "zoodles" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "shirataki" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "_shiratakiTozoodles" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_shiratakiTozoodles_A_fkey" FOREIGN KEY ("A") REFERENCES "shirataki" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_shiratakiTozoodles_B_fkey" FOREIGN KEY ("B") REFERENCES "zoodles" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "_shiratakiTozoodles_AB_unique" ON "_shiratakiTozoodles"("A", "B");

-- CreateIndex
CREATE INDEX "_shiratakiTozoodles_B_index" ON "_shiratakiTozoodles"("B");
