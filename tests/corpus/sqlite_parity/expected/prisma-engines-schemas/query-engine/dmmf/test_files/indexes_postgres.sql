-- CreateTable
CREATE TABLE "Example" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" JSONB NOT NULL
);

-- CreateIndex
CREATE INDEX "Example_value_idx" ON "Example"("value");
