-- CreateTable
CREATE TABLE "people" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "spouseId" BIGINT,
    "orgA" INTEGER NOT NULL,
    "orgB" TEXT NOT NULL,
    "meta" JSONB NOT NULL DEFAULT {},
    "ts" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "amount" DECIMAL NOT NULL DEFAULT 0,
    "bits" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "people_spouseId_fkey" FOREIGN KEY ("spouseId") REFERENCES "people" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "Group" (
    "id" TEXT NOT NULL PRIMARY KEY
);

-- CreateTable
CREATE TABLE "Org" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,

    PRIMARY KEY ("a", "b")
);

-- CreateTable
CREATE TABLE "_Friends" (
    "A" BIGINT NOT NULL,
    "B" BIGINT NOT NULL,
    CONSTRAINT "_Friends_A_fkey" FOREIGN KEY ("A") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_Friends_B_fkey" FOREIGN KEY ("B") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_GroupToPerson" (
    "A" TEXT NOT NULL,
    "B" BIGINT NOT NULL,
    CONSTRAINT "_GroupToPerson_A_fkey" FOREIGN KEY ("A") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_GroupToPerson_B_fkey" FOREIGN KEY ("B") REFERENCES "people" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "people_spouseId_key" ON "people"("spouseId");

-- CreateIndex
CREATE INDEX "person_email_trgm" ON "people"("email");

-- CreateIndex
CREATE INDEX "people_meta_idx" ON "people"("meta");

-- CreateIndex
CREATE INDEX "people_createdAt_idx" ON "people"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "people_orgA_idx" ON "people"("orgA");

-- CreateIndex
CREATE INDEX "partial_email" ON "people"("email") WHERE "spouseId" IS NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "uq_org" ON "people"("orgA", "orgB");

-- CreateIndex
CREATE UNIQUE INDEX "_Friends_AB_unique" ON "_Friends"("A", "B");

-- CreateIndex
CREATE INDEX "_Friends_B_index" ON "_Friends"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_GroupToPerson_AB_unique" ON "_GroupToPerson"("A", "B");

-- CreateIndex
CREATE INDEX "_GroupToPerson_B_index" ON "_GroupToPerson"("B");
