-- schemac 0.1.0 reverse migration script (sqlite)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 8 changes: 2 safe, 4 risky, 2 high
--   H204      high   DropForeignKey "_ArticleToTag_A_fkey" on "_ArticleToTag": drops foreign key "_ArticleToTag_A_fkey" on "_ArticleToTag"("A") referencing "Article"("id")
--   H204      high   DropForeignKey "_ArticleToTag_B_fkey" on "_ArticleToTag": drops foreign key "_ArticleToTag_B_fkey" on "_ArticleToTag"("B") referencing "Tag"("id")
--   R104      risky  RenameTable "Article" to "Post": renames table "Article" to "Post"
--   R104      risky  RenameTable "_ArticleToTag" to "_PostToTag": renames table "_ArticleToTag" to "_PostToTag"
--   S003      safe   RenameIndex "_ArticleToTag_AB_unique" to "_PostToTag_AB_unique" on "_PostToTag"
--   S003      safe   RenameIndex "_ArticleToTag_B_index" to "_PostToTag_B_index" on "_PostToTag"
--   R106      risky  AddForeignKey "_PostToTag_A_fkey" on "_PostToTag": adds foreign key "_PostToTag_A_fkey" on "_PostToTag"("A") referencing "Post"("id"): fails on orphaned rows and locks both tables
--   R106      risky  AddForeignKey "_PostToTag_B_fkey" on "_PostToTag": adds foreign key "_PostToTag_B_fkey" on "_PostToTag"("B") referencing "Tag"("id"): fails on orphaned rows and locks both tables

-- ForeignKeysOff (before the transaction: DROP TABLE must not fire ON DELETE CASCADE)
PRAGMA foreign_keys=OFF;

BEGIN;

-- CheckForeignKeysOff (stop before any DROP TABLE unless PRAGMA foreign_keys=OFF took effect)
CREATE TEMP TABLE "schemac_foreign_keys_off" ("foreign_keys" INTEGER NOT NULL, CONSTRAINT "foreign_keys_must_be_off_for_rebuild" CHECK ("foreign_keys" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_keys_off" SELECT "foreign_keys" FROM pragma_foreign_keys;
DROP TABLE "schemac_foreign_keys_off";

-- RenameTable "Article" to "Post"
ALTER TABLE "Article" RENAME TO "Post";

-- RenameTable "_ArticleToTag" to "_PostToTag"
ALTER TABLE "_ArticleToTag" RENAME TO "_PostToTag";

-- RedefineTable "_PostToTag" (foreign keys off, rows copied)
CREATE TABLE "new__PostToTag" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new__PostToTag" ("A", "B") SELECT "A", "B" FROM "_PostToTag";
DROP TABLE "_PostToTag";
ALTER TABLE "new__PostToTag" RENAME TO "_PostToTag";
CREATE UNIQUE INDEX "_PostToTag_AB_unique" ON "_PostToTag"("A", "B");
CREATE INDEX "_PostToTag_B_index" ON "_PostToTag"("B");

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
