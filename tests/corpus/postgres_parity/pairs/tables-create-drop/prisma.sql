-- DropForeignKey
ALTER TABLE "Gone" DROP CONSTRAINT "Gone_id_fkey";

-- DropTable
DROP TABLE "Gone";

-- CreateTable
CREATE TABLE "New" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "New_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "New_name_key" ON "New"("name");
