-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT
);

-- CreateTable
CREATE TABLE "Sample" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "big" BIGINT NOT NULL,
    "ratio" REAL NOT NULL,
    "price" DECIMAL NOT NULL,
    "flag" BOOLEAN NOT NULL,
    "happened" DATETIME NOT NULL,
    "meta" JSONB NOT NULL,
    "blob" BLOB NOT NULL,
    "text" TEXT NOT NULL,
    "maybe" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
