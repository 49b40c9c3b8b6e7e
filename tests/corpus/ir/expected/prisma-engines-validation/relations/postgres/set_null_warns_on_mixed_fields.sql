-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "SomeUser" (
    "id" INTEGER NOT NULL,
    "ref" INTEGER NOT NULL,

    CONSTRAINT "SomeUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" INTEGER NOT NULL,
    "user_id" INTEGER,
    "user_ref" INTEGER NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SomeUser_id_ref_key" ON "SomeUser"("id", "ref");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_user_id_user_ref_key" ON "Profile"("user_id", "user_ref");

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_user_id_user_ref_fkey" FOREIGN KEY ("user_id", "user_ref") REFERENCES "SomeUser"("id", "ref") ON DELETE SET NULL ON UPDATE SET NULL;
