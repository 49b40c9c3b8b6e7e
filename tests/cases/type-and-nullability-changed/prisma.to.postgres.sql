-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Measurement" (
    "id" SERIAL NOT NULL,
    "count" INTEGER NOT NULL,
    "reading" DOUBLE PRECISION NOT NULL,
    "label" TEXT NOT NULL,
    "amount" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);
