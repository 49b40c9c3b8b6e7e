-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 8 changes: 2 safe, 4 risky, 2 high
--   H204      high   DropForeignKey "_PostToTag_A_fkey" on "_PostToTag": drops foreign key "_PostToTag_A_fkey" on "_PostToTag"("A") referencing "Post"("id")
--   H204      high   DropForeignKey "_PostToTag_B_fkey" on "_PostToTag": drops foreign key "_PostToTag_B_fkey" on "_PostToTag"("B") referencing "Tag"("id")
--   R104      risky  RenameTable "Post" to "Article": renames table "Post" to "Article"
--   R104      risky  RenameTable "_PostToTag" to "_ArticleToTag": renames table "_PostToTag" to "_ArticleToTag"
--   S003      safe   RenameIndex "_PostToTag_AB_unique" to "_ArticleToTag_AB_unique" on "_ArticleToTag"
--   S003      safe   RenameIndex "_PostToTag_B_index" to "_ArticleToTag_B_index" on "_ArticleToTag"
--   R106      risky  AddForeignKey "_ArticleToTag_A_fkey" on "_ArticleToTag": adds foreign key "_ArticleToTag_A_fkey" on "_ArticleToTag"("A") referencing "Article"("id"): fails on orphaned rows and locks both tables
--   R106      risky  AddForeignKey "_ArticleToTag_B_fkey" on "_ArticleToTag": adds foreign key "_ArticleToTag_B_fkey" on "_ArticleToTag"("B") referencing "Tag"("id"): fails on orphaned rows and locks both tables

-- ForeignKeysOff (before the transaction: DROP TABLE must not fire ON DELETE CASCADE)
PRAGMA foreign_keys=OFF;

BEGIN;

-- CheckForeignKeysOff (stop before any DROP TABLE unless PRAGMA foreign_keys=OFF took effect)
CREATE TEMP TABLE "schemac_foreign_keys_off" ("foreign_keys" INTEGER NOT NULL, CONSTRAINT "foreign_keys_must_be_off_for_rebuild" CHECK ("foreign_keys" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_keys_off" SELECT "foreign_keys" FROM pragma_foreign_keys;
DROP TABLE "schemac_foreign_keys_off";

-- RenameTable "Post" to "Article"
ALTER TABLE "Post" RENAME TO "Article";

-- RenameTable "_PostToTag" to "_ArticleToTag"
ALTER TABLE "_PostToTag" RENAME TO "_ArticleToTag";

-- RedefineTable "_ArticleToTag" (foreign keys off, rows copied)
CREATE TABLE "new__ArticleToTag" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ArticleToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ArticleToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new__ArticleToTag" ("A", "B") SELECT "A", "B" FROM "_ArticleToTag";
DROP TABLE "_ArticleToTag";
ALTER TABLE "new__ArticleToTag" RENAME TO "_ArticleToTag";
CREATE UNIQUE INDEX "_ArticleToTag_AB_unique" ON "_ArticleToTag"("A", "B");
CREATE INDEX "_ArticleToTag_B_index" ON "_ArticleToTag"("B");

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
