// CREATE TABLE for SQLite, byte for byte as Prisma prints it.
#pragma once

#include <string>
#include <string_view>

#include "ir/schema.hpp"

namespace schemac::backends::sqlite {

// `CREATE TABLE "name" (` + one line per column + the composite primary key + the foreign keys
// + `)`, the layout of Prisma's sql_ddl::sqlite::CreateTable:
//
//     CREATE TABLE "T" (
//         "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
//         "a" TEXT NOT NULL DEFAULT 'x',
//         CONSTRAINT "T_a_fkey" FOREIGN KEY ("a") REFERENCES "U" ("id") ON DELETE RESTRICT ON
//         UPDATE CASCADE
//     )
//
// A single-column primary key is written on its column; a composite one follows the columns
// after a blank line, `PRIMARY KEY ("a", "b")` (SQLite primary keys have no name). `name` is the
// name to create the table under (the table's own, or `new_T` during a rebuild). No final `;`.
[[nodiscard]] std::string render_create_table(const ir::Table& table, std::string_view name);

// One column definition as inside CREATE TABLE, also the text after `ADD COLUMN`:
// `"name" TYPE[ NOT NULL][ PRIMARY KEY[ AUTOINCREMENT]][ DEFAULT x]`. `single_primary_key`: the
// column is the table's whole primary key.
[[nodiscard]] std::string render_column(const ir::Column& column, bool single_primary_key);

// Whether `column` is the whole primary key of `table`.
[[nodiscard]] bool is_single_primary_key(const ir::Table& table, std::string_view column);

}  // namespace schemac::backends::sqlite
