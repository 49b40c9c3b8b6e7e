-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Status" AS ENUM ('OK', 'ERROR');

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,
    "strings" TEXT[],
    "enums" "Status"[],

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);
