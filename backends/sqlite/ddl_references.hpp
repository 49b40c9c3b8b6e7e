// The REFERENCES clause of a foreign key in a CREATE TABLE text (for ddl_table.cpp): the
// referenced table and columns, and the actions, as PRAGMA foreign_key_list reports them.
#pragma once

#include <string>
#include <vector>

#include "backends/sqlite/ddl_cursor.hpp"
#include "backends/sqlite/table_facts.hpp"
#include "support/result.hpp"

namespace schemac::backends::sqlite {

// Reads what follows REFERENCES (`nm [(names)] refargs`, sqlite3CreateForeignKey) for the
// referencing columns `from` (the table's spelling): a column constraint (`on_column`) names at
// most one referenced column, a FOREIGN KEY clause as many as it has columns or none. An Error
// saying what and where for anything else; the cursor is then somewhere inside the clause.
[[nodiscard]] Result<ForeignKeyFacts> parse_references(DdlCursor& cur,
                                                       const std::vector<std::string>& from,
                                                       bool on_column);

}  // namespace schemac::backends::sqlite
