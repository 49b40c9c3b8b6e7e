// Reading a SQLite database's table facts from its CREATE texts alone, without asking SQLite's
// pragmas (pragma_reader.hpp): one query over sqlite_schema, then a parser for CREATE TABLE and
// CREATE INDEX that reports what PRAGMA table_info, index_list/index_xinfo and foreign_key_list
// would. Each pragma looks its table up in SQLite's schema hash, whose 64 buckets make that a
// walk of hundreds of entries on a large schema; this reader looks nothing up.
//
// The parser knows the grammar of sqlite.org/lang_createtable.html and lang_createindex.html,
// and SQLite 3.40's own reading of it (build.c: sqlite3AddColumn, sqlite3AddDefaultValue,
// sqlite3AddPrimaryKey, sqlite3CreateForeignKey, convertToWithoutRowidTable). Where a text holds
// anything it does not fully understand it gives up for the whole database and says why, so
// that introspection asks the pragmas instead: correctness never depends on it being complete.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "backends/sqlite/table_facts.hpp"
#include "support/result.hpp"

namespace schemac::backends::sqlite {

// One row of sqlite_schema.
struct SchemaObject {
  std::string type;  // table, index, view, trigger
  std::string name;
  std::string table_name;  // tbl_name
  std::string sql;         // "" for NULL (automatic indexes)
};

// Whether Prisma's describer (and so introspection) leaves the table out: SQLite's own
// (sqlite_*, in any case), Cloudflare D1's (_cf_[A-Z]*, d1_migrations), Prisma's migration log.
[[nodiscard]] bool is_ignored_table(std::string_view name);

// The facts of the user tables among `objects` (sqlite_schema in rowid order), exactly as
// read_facts_with_pragmas() reports them; an Error saying what was not understood otherwise.
// O(n) in the bytes of the texts, plus O(t log t) in tables. The texts move into the facts.
[[nodiscard]] Result<std::vector<TableFacts>> read_facts_from_ddl(
    std::vector<SchemaObject> objects);

}  // namespace schemac::backends::sqlite
