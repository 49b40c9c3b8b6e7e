-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz" (
    "id" INTEGER NOT NULL,
    "aLongColumnNameNumberOne" TEXT NOT NULL,
    "aLongColumnNameNumberTwo" TEXT NOT NULL,
    "otherId" INTEGER NOT NULL,

    CONSTRAINT "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEve_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnotherQuiteLongModelNameForTheManyToManyRelationTestXy" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "AnotherQuiteLongModelNameForTheManyToManyRelationTestXy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ünïcödé" (
    "id" INTEGER NOT NULL,
    "ééééééééééééééééééééééééééééé" TEXT NOT NULL,

    CONSTRAINT "Ünïcödé_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAn_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEver_idx" ON "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz"("aLongColumnNameNumberOne", "aLongColumnNameNumberTwo");

-- CreateIndex
CREATE UNIQUE INDEX "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEver_key" ON "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz"("aLongColumnNameNumberOne", "aLongColumnNameNumberTwo");

-- CreateIndex
CREATE UNIQUE INDEX "Ünïcödé_ééééééééééééééééééééééé_key" ON "Ünïcödé"("ééééééééééééééééééééééééééééé");

-- CreateIndex
CREATE INDEX "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAn_B_index" ON "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz"("B");

-- AddForeignKey
ALTER TABLE "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz" ADD CONSTRAINT "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEve_fkey" FOREIGN KEY ("otherId") REFERENCES "Ünïcödé"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz" ADD CONSTRAINT "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAnd_A_fkey" FOREIGN KEY ("A") REFERENCES "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEverXyz" ADD CONSTRAINT "_AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAnd_B_fkey" FOREIGN KEY ("B") REFERENCES "AnotherQuiteLongModelNameForTheManyToManyRelationTestXy"("id") ON DELETE CASCADE ON UPDATE CASCADE;
