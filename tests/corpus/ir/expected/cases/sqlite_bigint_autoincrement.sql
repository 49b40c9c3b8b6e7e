-- CreateTable
CREATE TABLE "A" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "s" TEXT NOT NULL DEFAULT 'a''b"c\d'
);
