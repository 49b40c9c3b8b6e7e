-- CreateTable
CREATE TABLE "people table" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "full name" TEXT NOT NULL,
    "dash-dot.name" TEXT,
    "managerId" INTEGER,
    "orgA" INTEGER NOT NULL DEFAULT 0,
    "orgB" TEXT NOT NULL DEFAULT 'x',
    CONSTRAINT "people table_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "people table" ("id") ON DELETE SET NULL ON UPDATE RESTRICT,
    CONSTRAINT "people table_orgA_orgB_fkey" FOREIGN KEY ("orgA", "orgB") REFERENCES "Org" ("a", "b") ON DELETE SET DEFAULT ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" INTEGER NOT NULL,
    "bio" TEXT NOT NULL DEFAULT 'line
break ''ünï''',
    CONSTRAINT "Profile_personId_fkey" FOREIGN KEY ("personId") REFERENCES "people table" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Org" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,

    PRIMARY KEY ("a", "b")
);

-- CreateTable
CREATE TABLE "Badge" (
    "key" TEXT NOT NULL PRIMARY KEY
);

-- CreateTable
CREATE TABLE "_BadgeToPerson" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_BadgeToPerson_A_fkey" FOREIGN KEY ("A") REFERENCES "Badge" ("key") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_BadgeToPerson_B_fkey" FOREIGN KEY ("B") REFERENCES "people table" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "person quote partial" ON "people table"("dash-dot.name") WHERE "dash-dot.name" IS NOT NULL AND "orgA" > 0;

-- CreateIndex
CREATE UNIQUE INDEX "people table_full name_orgA_key" ON "people table"("full name" DESC, "orgA");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_personId_key" ON "Profile"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "_BadgeToPerson_AB_unique" ON "_BadgeToPerson"("A", "B");

-- CreateIndex
CREATE INDEX "_BadgeToPerson_B_index" ON "_BadgeToPerson"("B");
