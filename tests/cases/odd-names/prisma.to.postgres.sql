-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "weird table" (
    "id" SERIAL NOT NULL,
    "we ird-name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "we"ird" TEXT NOT NULL,

    CONSTRAINT "weird table_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "idx weird order" ON "weird table"("order");
