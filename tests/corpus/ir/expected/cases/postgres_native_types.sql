-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Mood" AS ENUM ('HAPPY', 'sad');

-- CreateTable
CREATE TABLE "N" (
    "id" SMALLSERIAL NOT NULL,
    "a" BYTEA NOT NULL,
    "b" XML NOT NULL,
    "c" OID NOT NULL,
    "d" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "e" TIME(3) NOT NULL,
    "f" TIMETZ(2) NOT NULL,
    "g" REAL NOT NULL,
    "h" DECIMAL(10,2) NOT NULL,
    "i" INET NOT NULL,
    "j" VARBIT(4) NOT NULL,
    "k" JSON NOT NULL,
    "l" VARCHAR NOT NULL,
    "m" CHAR NOT NULL,
    "n" TIMESTAMP(0) NOT NULL DEFAULT '2021-03-04 05:06:07.089 +01:30',
    "o" "Mood"[] DEFAULT ARRAY[]::"Mood"[],
    "p" "Mood"[] DEFAULT ARRAY['sad', 'HAPPY']::"Mood"[],
    "q" DOUBLE PRECISION[] DEFAULT ARRAY[1.5, -2]::DOUBLE PRECISION[],
    "r" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "s" TIMESTAMP(3)[] DEFAULT ARRAY['2020-01-01 00:00:00 +00:00']::TIMESTAMP(3)[],
    "t" BIGINT NOT NULL DEFAULT -9007199254740993,
    "u" TEXT NOT NULL,
    "v" TEXT NOT NULL,
    "w" DECIMAL(65,30) NOT NULL DEFAULT 0.000001,
    "x" BYTEA[],
    "y" JSONB NOT NULL DEFAULT '[1, "two"]',
    "z" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "n_primary" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "u_unique" ON "N"("u");

-- CreateIndex
CREATE INDEX "uv_index" ON "N"("u", "v");

-- CreateIndex
CREATE UNIQUE INDEX "N_v_w_key" ON "N"("v", "w");
