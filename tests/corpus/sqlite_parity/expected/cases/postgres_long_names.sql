-- CreateTable
CREATE TABLE "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "aLongColumnNameNumberOne" TEXT NOT NULL,
    "aLongColumnNameNumberTwo" TEXT NOT NULL,
    "otherId" INTEGER NOT NULL,
    CONSTRAINT "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz_otherId_fkey" FOREIGN KEY ("otherId") REFERENCES "Ünïcödé" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AnotherQuiteLongModelNameForTheManyToManyRelationTestXy" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "Ünïcödé" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ééééééééééééééééééééééééééééé" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyzToAnotherQuiteLongModelNameForTheManyToManyRelationTestXy" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyzToAnotherQuiteLongModelNameForTheManyToManyRelationTestXy_A_fkey" FOREIGN KEY ("A") REFERENCES "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyzToAnotherQuiteLongModelNameForTheManyToManyRelationTestXy_B_fkey" FOREIGN KEY ("B") REFERENCES "AnotherQuiteLongModelNameForTheManyToManyRelationTestXy" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz_aLongColumnNameNumberOne_aLongColumnNameNumberTwo_idx" ON "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz"("aLongColumnNameNumberOne", "aLongColumnNameNumberTwo");

-- CreateIndex
CREATE UNIQUE INDEX "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz_aLongColumnNameNumberOne_aLongColumnNameNumberTwo_key" ON "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz"("aLongColumnNameNumberOne", "aLongColumnNameNumberTwo");

-- CreateIndex
CREATE UNIQUE INDEX "Ünïcödé_ééééééééééééééééééééééééééééé_key" ON "Ünïcödé"("ééééééééééééééééééééééééééééé");

-- CreateIndex
CREATE UNIQUE INDEX "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyzToAnotherQuiteLongModelNameForTheManyToManyRelationTestXy_AB_unique" ON "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyzToAnotherQuiteLongModelNameForTheManyToManyRelationTestXy"("A", "B");

-- CreateIndex
CREATE INDEX "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyzToAnotherQuiteLongModelNameForTheManyToManyRelationTestXy_B_index" ON "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyzToAnotherQuiteLongModelNameForTheManyToManyRelationTestXy"("B");
