-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 2 safe, 0 risky, 0 high
--   S001      safe   CreateTable "Tag"
--   S003      safe   CreateIndex "Tag_label_key" on "Tag"

BEGIN;

-- CreateTable "Tag"
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    "color" TEXT NOT NULL DEFAULT 'gray',

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex "Tag_label_key"
CREATE UNIQUE INDEX "Tag_label_key" ON "Tag"("label");

COMMIT;
