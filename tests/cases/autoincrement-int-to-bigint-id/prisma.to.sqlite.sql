-- CreateTable
CREATE TABLE "Ticket" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL
);
