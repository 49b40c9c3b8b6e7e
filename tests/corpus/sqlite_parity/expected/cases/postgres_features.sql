-- CreateTable
CREATE TABLE "users" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "big" BIGINT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT DEFAULT 'it''s',
    "role" TEXT NOT NULL DEFAULT 'ADMIN',
    "f" REAL NOT NULL DEFAULT 1.0,
    "f2" REAL NOT NULL DEFAULT 2.5,
    "d" DECIMAL NOT NULL DEFAULT 1.50,
    "d2" DECIMAL,
    "b" BOOLEAN NOT NULL DEFAULT true,
    "created" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "upd" DATETIME NOT NULL,
    "dt" DATETIME NOT NULL DEFAULT '2020-01-01 00:00:00 +00:00',
    "j" JSONB NOT NULL DEFAULT {"a": 1},
    "by" BLOB NOT NULL DEFAULT '68656c6c6f',
    "u" TEXT NOT NULL,
    "c" TEXT NOT NULL,
    "g" TEXT NOT NULL,
    "tz" DATETIME NOT NULL,
    "sm" INTEGER NOT NULL,
    "ch" TEXT NOT NULL,
    "ign" TEXT NOT NULL,
    "big2" BIGINT NOT NULL DEFAULT 42
);

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "authorId" INTEGER,
    "catId" INTEGER NOT NULL,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Post_catId_fkey" FOREIGN KEY ("catId") REFERENCES "Cat" ("sid") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Cat" (
    "sid" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "Ign" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "_PostToTag" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_name_email_idx" ON "users"("name" DESC, "email");

-- CreateIndex
CREATE UNIQUE INDEX "custom_uq" ON "users"("name", "role");

-- CreateIndex
CREATE UNIQUE INDEX "_PostToTag_AB_unique" ON "_PostToTag"("A", "B");

-- CreateIndex
CREATE INDEX "_PostToTag_B_index" ON "_PostToTag"("B");
