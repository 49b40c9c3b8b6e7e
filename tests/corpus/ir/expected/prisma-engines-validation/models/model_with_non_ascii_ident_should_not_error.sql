-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Lööp" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Lööp_pkey" PRIMARY KEY ("id")
);
