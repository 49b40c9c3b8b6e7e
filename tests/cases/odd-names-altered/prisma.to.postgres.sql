-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "weird table" (
    "id" SERIAL NOT NULL,
    "we ird-name" TEXT NOT NULL,
    "order" BIGINT NOT NULL,
    "select" TEXT NOT NULL DEFAULT 'it''s "quoted" 100%',
    "we"ird" TEXT,

    CONSTRAINT "weird table_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx weird order" ON "weird table"("order" DESC);
