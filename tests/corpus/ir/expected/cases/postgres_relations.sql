-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext" WITH SCHEMA "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "postgis" WITH VERSION "3.3.2";

-- CreateTable
CREATE TABLE "people" (
    "id" BIGSERIAL NOT NULL,
    "email" CITEXT NOT NULL,
    "spouseId" BIGINT,
    "orgA" INTEGER NOT NULL,
    "orgB" TEXT NOT NULL,
    "meta" JSONB NOT NULL DEFAULT '{}',
    "metaList" JSONB[],
    "ints" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "strs" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "ts" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "amount" MONEY NOT NULL DEFAULT 0,
    "bits" BIT(8) NOT NULL,
    "pt" geometry(Point, 4326) DEFAULT NULL,
    "createdAt" TIMESTAMP(6) NOT NULL DEFAULT now(),

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" UUID NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Org" (
    "a" INTEGER NOT NULL,
    "b" VARCHAR(10) NOT NULL,

    CONSTRAINT "org_pk" PRIMARY KEY ("a","b")
);

-- CreateTable
CREATE TABLE "_Friends" (
    "A" BIGINT NOT NULL,
    "B" BIGINT NOT NULL,

    CONSTRAINT "_Friends_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_GroupToPerson" (
    "A" UUID NOT NULL,
    "B" BIGINT NOT NULL,

    CONSTRAINT "_GroupToPerson_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "people_spouseId_key" ON "people"("spouseId");

-- CreateIndex
CREATE INDEX "person_email_trgm" ON "people" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "people_meta_idx" ON "people" USING GIN ("meta" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "people_createdAt_idx" ON "people" USING BRIN ("createdAt" DESC);

-- CreateIndex
CREATE INDEX "people_orgA_idx" ON "people" USING HASH ("orgA");

-- CreateIndex
CREATE INDEX "partial_email" ON "people"("email") WHERE ("spouseId" IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "uq_org" ON "people"("orgA", "orgB");

-- CreateIndex
CREATE INDEX "_Friends_B_index" ON "_Friends"("B");

-- CreateIndex
CREATE INDEX "_GroupToPerson_B_index" ON "_GroupToPerson"("B");

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_spouseId_fkey" FOREIGN KEY ("spouseId") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "person_org" FOREIGN KEY ("orgA", "orgB") REFERENCES "Org"("a", "b") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Friends" ADD CONSTRAINT "_Friends_A_fkey" FOREIGN KEY ("A") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Friends" ADD CONSTRAINT "_Friends_B_fkey" FOREIGN KEY ("B") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GroupToPerson" ADD CONSTRAINT "_GroupToPerson_A_fkey" FOREIGN KEY ("A") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GroupToPerson" ADD CONSTRAINT "_GroupToPerson_B_fkey" FOREIGN KEY ("B") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;
