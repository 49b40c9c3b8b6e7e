-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Setting" (
    "id" SERIAL NOT NULL,
    "value" TEXT NOT NULL DEFAULT 'it''s a "value"; -- not a comment',

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("id")
);
