-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Measurement" (
    "id" SERIAL NOT NULL,
    "count" INTEGER NOT NULL,
    "reading" DECIMAL(65,30) NOT NULL,
    "label" TEXT NOT NULL,
    "amount" INTEGER,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);
