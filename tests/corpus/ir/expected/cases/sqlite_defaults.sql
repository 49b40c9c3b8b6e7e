-- CreateTable
CREATE TABLE "D" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mood" TEXT NOT NULL DEFAULT 'sad',
    "dec" DECIMAL NOT NULL DEFAULT 1.5,
    "big" BIGINT NOT NULL DEFAULT 0,
    "flt" REAL NOT NULL DEFAULT -3,
    "json" JSONB NOT NULL DEFAULT {"k": "it's"},
    "dt" DATETIME NOT NULL DEFAULT '2021-03-04 05:06:07.089 -02:00',
    "upd" DATETIME NOT NULL,
    "b" BLOB NOT NULL DEFAULT '',
    "f" BOOLEAN NOT NULL DEFAULT false,
    "other" INTEGER NOT NULL,
    "e" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "D_other_key" ON "D"("other");

-- CreateIndex
CREATE INDEX "D_e_other_idx" ON "D"("e", "other" DESC);
