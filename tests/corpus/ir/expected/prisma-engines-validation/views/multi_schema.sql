-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "B";

-- CreateTable
CREATE TABLE "B"."A" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);
