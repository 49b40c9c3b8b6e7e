-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 3 changes: 2 safe, 1 risky, 0 high
--   S001      safe   CreateTable "Category"
--   S003      safe   CreateIndex "Category_name_key" on "Category"
--   R106      risky  AddForeignKey "Post_categoryId_fkey" on "Post": adds foreign key "Post_categoryId_fkey" on "Post"("categoryId") referencing "Category"("id"): fails on orphaned rows and locks both tables
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - DropTable "Category": drops table "Category" and all its rows

BEGIN;

-- CreateTable "Category"
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateIndex "Category_name_key"
CREATE UNIQUE INDEX "Category_name_key" ON "Category"("name");

-- AddForeignKey "Post_categoryId_fkey"
ALTER TABLE "Post" ADD CONSTRAINT "Post_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

COMMIT;
