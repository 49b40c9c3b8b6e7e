-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "bId" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "C" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "_AToC" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "A_bId_idx" ON "A"("bId");

-- CreateIndex
CREATE UNIQUE INDEX "_AToC_AB_unique" ON "_AToC"("A", "B");

-- CreateIndex
CREATE INDEX "_AToC_B_index" ON "_AToC"("B");
