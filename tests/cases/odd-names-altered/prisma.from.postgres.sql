-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "weird table" (
    "id" SERIAL NOT NULL,
    "we ird-name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT 'it''s "quoted" 100%',

    CONSTRAINT "weird table_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx weird order" ON "weird table"("order");
