-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Flag" (
    "id" SERIAL NOT NULL,
    "enabled" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Flag_pkey" PRIMARY KEY ("id")
);
