-- CreateTable
CREATE TABLE "weird table" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "we ird-name" TEXT NOT NULL,
    "order" BIGINT NOT NULL,
    "select" TEXT NOT NULL DEFAULT 'it''s "quoted" 100%',
    "we"ird" TEXT
);

-- CreateIndex
CREATE INDEX "idx weird order" ON "weird table"("order" DESC);
