-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT
);

-- CreateTable
CREATE TABLE "weird table" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "we ird-name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "we"ird" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "idx weird order" ON "weird table"("order");
