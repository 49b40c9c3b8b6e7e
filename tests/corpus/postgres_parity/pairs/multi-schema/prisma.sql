-- CreateEnum
CREATE TYPE "s2"."Kind" AS ENUM ('X', 'Y');

-- DropForeignKey
ALTER TABLE "s2"."B" DROP CONSTRAINT "B_aId_fkey";

-- AlterTable
ALTER TABLE "s2"."A" ADD COLUMN     "kind" "s2"."Kind" NOT NULL DEFAULT 'X';

-- AlterTable
ALTER TABLE "P" ADD COLUMN     "note" TEXT;

-- RenameIndex
ALTER INDEX "s2"."A_m_i" RENAME TO "A_m_idx2";
