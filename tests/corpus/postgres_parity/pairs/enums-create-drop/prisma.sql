-- CreateEnum
CREATE TYPE "Mood" AS ENUM ('HAPPY', 'SAD');

-- AlterTable
ALTER TABLE "T" DROP COLUMN "o",
ADD COLUMN     "m" "Mood";

-- DropEnum
DROP TYPE "Old";
