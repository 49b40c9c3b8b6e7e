-- CreateTable
CREATE TABLE "Measurement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" INTEGER NOT NULL,
    "reading" REAL NOT NULL,
    "label" INTEGER NOT NULL,
    "amount" INTEGER
);
