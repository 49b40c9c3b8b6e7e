-- CreateTable
CREATE TABLE "Values" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "neg" INTEGER NOT NULL DEFAULT -1,
    "zero" INTEGER NOT NULL DEFAULT 0,
    "big" BIGINT NOT NULL DEFAULT -9007199254740993,
    "flt" REAL NOT NULL DEFAULT -0.5,
    "exp" REAL NOT NULL DEFAULT 100.25,
    "dec" DECIMAL NOT NULL DEFAULT 10.000,
    "yes" BOOLEAN NOT NULL DEFAULT true,
    "no" BOOLEAN NOT NULL DEFAULT false,
    "empty" TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL DEFAULT 'a ''quoted'' "word"',
    "at" DATETIME NOT NULL DEFAULT '2024-02-29 23:59:59.123456 +00:00',
    "now" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "js" JSONB NOT NULL DEFAULT [1, "two", {"three": null}],
    "bytes" BLOB NOT NULL DEFAULT 'deadbeef',
    "gen" TEXT NOT NULL DEFAULT (hex(randomblob(4))),
    "genInt" INTEGER NOT NULL DEFAULT (abs(random()) % 10),
    "genTime" DATETIME NOT NULL DEFAULT (datetime('now', '+1 day')),
    "point" POINT,
    "cuid" TEXT NOT NULL,
    "upd" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "IntId" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateIndex
CREATE INDEX "Values_neg_zero_big_idx" ON "Values"("neg" DESC, "zero" ASC, "big" DESC);
