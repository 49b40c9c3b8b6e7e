-- CreateTable
CREATE TABLE "SomeUser" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ref" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER,
    "user_ref" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "SomeUser_id_ref_key" ON "SomeUser"("id", "ref");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_user_id_user_ref_key" ON "Profile"("user_id", "user_ref");
