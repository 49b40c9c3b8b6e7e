-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "roles" AS ENUM ('user', 'ADMIN');

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "big" BIGSERIAL NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "name" TEXT DEFAULT 'it''s',
    "role" "roles" NOT NULL DEFAULT 'ADMIN',
    "roles" "roles"[] DEFAULT ARRAY['user', 'ADMIN']::"roles"[],
    "tags" TEXT[],
    "f" DOUBLE PRECISION NOT NULL DEFAULT 1.0,
    "f2" DOUBLE PRECISION NOT NULL DEFAULT 2.5,
    "d" DECIMAL(65,30) NOT NULL DEFAULT 1.50,
    "d2" DECIMAL(10,2),
    "b" BOOLEAN NOT NULL DEFAULT true,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "upd" TIMESTAMP(3) NOT NULL,
    "dt" TIMESTAMP(3) NOT NULL DEFAULT '2020-01-01 00:00:00 +00:00',
    "j" JSONB NOT NULL DEFAULT '{"a": 1}',
    "by" BYTEA NOT NULL DEFAULT '\x68656c6c6f',
    "u" UUID NOT NULL,
    "c" TEXT NOT NULL,
    "g" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tz" TIMESTAMPTZ(6) NOT NULL,
    "sm" SMALLINT NOT NULL,
    "ch" CHAR(3) NOT NULL,
    "x" circle,
    "ign" TEXT NOT NULL,
    "big2" BIGINT NOT NULL DEFAULT 42,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "authorId" INTEGER,
    "catId" INTEGER NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cat" (
    "sid" SMALLSERIAL NOT NULL,

    CONSTRAINT "Cat_pkey" PRIMARY KEY ("sid")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ign" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Ign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_PostToTag" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_PostToTag_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_name_email_idx" ON "users"("name" DESC, "email");

-- CreateIndex
CREATE INDEX "users_tags_idx" ON "users" USING GIN ("tags");

-- CreateIndex
CREATE UNIQUE INDEX "custom_uq" ON "users"("name", "role");

-- CreateIndex
CREATE INDEX "_PostToTag_B_index" ON "_PostToTag"("B");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_catId_fkey" FOREIGN KEY ("catId") REFERENCES "Cat"("sid") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
