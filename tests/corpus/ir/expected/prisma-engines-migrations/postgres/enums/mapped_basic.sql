-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "avocado_ripeness_status" AS ENUM ('NOT_RIPE_ENOUGH', 'TOO_RIPE');

-- CreateTable
CREATE TABLE "Avocado" (
    "id" TEXT NOT NULL,
    "status" "avocado_ripeness_status" NOT NULL,

    CONSTRAINT "Avocado_pkey" PRIMARY KEY ("id")
);
