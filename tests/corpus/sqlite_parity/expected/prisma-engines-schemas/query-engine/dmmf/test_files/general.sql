-- CreateTable
CREATE TABLE "user" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL,
    "email" TEXT NOT NULL,
    "NAME" TEXT
);

-- CreateTable
CREATE TABLE "profile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "bio" TEXT NOT NULL,
    CONSTRAINT "profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "post" (
    "id" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "title" TEXT NOT NULL DEFAULT 'Default-Title',
    "wasLiked" BOOLEAN NOT NULL DEFAULT false,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "authorId" INTEGER NOT NULL,

    PRIMARY KEY ("title", "createdAt"),
    CONSTRAINT "post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "cat" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "post_to_category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postTitle" TEXT NOT NULL,
    "postCreatedAt" DATETIME NOT NULL,
    "categoryId" INTEGER NOT NULL,
    CONSTRAINT "post_to_category_postTitle_postCreatedAt_fkey" FOREIGN KEY ("postTitle", "postCreatedAt") REFERENCES "post" ("title", "createdAt") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "post_to_category_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "bId" INTEGER NOT NULL,
    CONSTRAINT "A_bId_fkey" FOREIGN KEY ("bId") REFERENCES "B" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "NamedCompounds" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,
    "c" INTEGER NOT NULL,
    "d" INTEGER NOT NULL,

    PRIMARY KEY ("a", "b")
);

-- CreateTable
CREATE TABLE "MappedSingles" (
    "a" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "b" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "profile_userId_key" ON "profile"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "post_to_category_postTitle_categoryId_key" ON "post_to_category"("postTitle", "categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "A_bId_key" ON "A"("bId");

-- CreateIndex
CREATE UNIQUE INDEX "DbUnique" ON "NamedCompounds"("c", "d");

-- CreateIndex
CREATE UNIQUE INDEX "Unique" ON "MappedSingles"("b");
