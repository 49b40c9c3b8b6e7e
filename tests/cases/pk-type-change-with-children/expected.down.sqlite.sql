-- schemac 0.1.0 reverse migration script (sqlite)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 4 changes: 0 safe, 1 risky, 3 high
--   H204      high   DropForeignKey "Post_authorId_fkey" on "Post": drops foreign key "Post_authorId_fkey" on "Post"("authorId") referencing "User"("id")
--   H205,H207,R103 high   AlterColumn "User"."id": changes column "User"."id" from BIGINT to INTEGER: BigInt → Int (BIGINT → INTEGER); rebuilds table "User", which 1 other table references ("Post"): rows are copied with foreign keys off and checked afterwards; adds autoincrement to column "User"."id"
--   H205      high   AlterColumn "Post"."authorId": changes column "Post"."authorId" from BIGINT to INTEGER: BigInt → Int (BIGINT → INTEGER)
--   R106      risky  AddForeignKey "Post_authorId_fkey" on "Post": adds foreign key "Post_authorId_fkey" on "Post"("authorId") referencing "User"("id"): fails on orphaned rows and locks both tables
--
-- Warnings:
--   - table "User" is rebuilt: 1 table references it (foreign keys are off during the rebuild and checked before COMMIT)

-- ForeignKeysOff (before the transaction: DROP TABLE must not fire ON DELETE CASCADE)
PRAGMA foreign_keys=OFF;

BEGIN;

-- CheckForeignKeysOff (stop before any DROP TABLE unless PRAGMA foreign_keys=OFF took effect)
CREATE TEMP TABLE "schemac_foreign_keys_off" ("foreign_keys" INTEGER NOT NULL, CONSTRAINT "foreign_keys_must_be_off_for_rebuild" CHECK ("foreign_keys" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_keys_off" SELECT "foreign_keys" FROM pragma_foreign_keys;
DROP TABLE "schemac_foreign_keys_off";

-- RedefineTable "User" (foreign keys off, rows copied)
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT
);
INSERT INTO "new_User" ("id", "email", "name") SELECT CAST("id" AS INTEGER), "email", "name" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- RedefineTable "Post" (foreign keys off, rows copied)
CREATE TABLE "new_Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Post" ("id", "title", "authorId") SELECT "id", "title", CAST("authorId" AS INTEGER) FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
