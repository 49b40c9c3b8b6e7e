-- CreateTable
CREATE TABLE "weird table" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "we ird-name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT 'it''s "quoted" 100%'
);

-- CreateIndex
CREATE INDEX "idx weird order" ON "weird table"("order");
