-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Measurement" (
    "id" SERIAL NOT NULL,
    "count" DOUBLE PRECISION NOT NULL,
    "reading" DOUBLE PRECISION NOT NULL,
    "label" TEXT NOT NULL,
    "amount" INTEGER,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);
