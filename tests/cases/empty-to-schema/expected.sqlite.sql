-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 4 changes: 4 safe, 0 risky, 0 high
--   S001      safe   CreateTable "User"
--   S001      safe   CreateTable "Post"
--   S003      safe   CreateIndex "User_email_key" on "User"
--   S001      safe   AddForeignKey "Post_authorId_fkey" on "Post"

BEGIN;

-- CreateTable "User"
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT
);

-- CreateTable "Post"
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex "User_email_key"
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

COMMIT;
