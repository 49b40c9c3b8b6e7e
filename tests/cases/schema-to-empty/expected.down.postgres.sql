-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 5 changes: 5 safe, 0 risky, 0 high
--   S001      safe   CreateSchema "public"
--   S001      safe   CreateTable "User"
--   S001      safe   CreateTable "Post"
--   S003      safe   CreateIndex "User_email_key" on "User"
--   S001      safe   AddForeignKey "Post_authorId_fkey" on "Post"
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - DropForeignKey "Post_authorId_fkey" on "Post": drops foreign key "Post_authorId_fkey" along with table "Post"
--   - DropTable "User": drops table "User" and all its rows
--   - DropTable "Post": drops table "Post" and all its rows

BEGIN;

-- CreateSchema "public"
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable "User"
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable "Post"
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex "User_email_key"
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- AddForeignKey "Post_authorId_fkey"
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

COMMIT;
