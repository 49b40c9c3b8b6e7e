-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "roots";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "veggies";

-- CreateTable
CREATE TABLE "veggies"."zoodles" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "zoodles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roots"."shirataki" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "shirataki_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roots"."_shiratakiTozoodles" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_shiratakiTozoodles_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_shiratakiTozoodles_B_index" ON "roots"."_shiratakiTozoodles"("B");

-- AddForeignKey
ALTER TABLE "roots"."_shiratakiTozoodles" ADD CONSTRAINT "_shiratakiTozoodles_A_fkey" FOREIGN KEY ("A") REFERENCES "roots"."shirataki"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roots"."_shiratakiTozoodles" ADD CONSTRAINT "_shiratakiTozoodles_B_fkey" FOREIGN KEY ("B") REFERENCES "veggies"."zoodles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
