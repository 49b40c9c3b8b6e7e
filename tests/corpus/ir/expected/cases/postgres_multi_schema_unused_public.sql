-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "a";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "b";

-- CreateEnum
CREATE TYPE "b"."E" AS ENUM ('A', 'bee');

-- CreateTable
CREATE TABLE "a"."X" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "X_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "b"."Y" (
    "id" UUID NOT NULL,
    "e" "b"."E" NOT NULL DEFAULT 'A',

    CONSTRAINT "Y_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a"."_XToY" (
    "A" INTEGER NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_XToY_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_XToY_B_index" ON "a"."_XToY"("B");

-- AddForeignKey
ALTER TABLE "a"."_XToY" ADD CONSTRAINT "_XToY_A_fkey" FOREIGN KEY ("A") REFERENCES "a"."X"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a"."_XToY" ADD CONSTRAINT "_XToY_B_fkey" FOREIGN KEY ("B") REFERENCES "b"."Y"("id") ON DELETE CASCADE ON UPDATE CASCADE;
