// CREATE TABLE, DROP TABLE, RENAME TO and column definitions for PostgreSQL, as Prisma prints
// them.
#pragma once

#include <string>
#include <string_view>

#include "ir/schema.hpp"

namespace schemac::backends::postgres {

// One column definition as inside CREATE TABLE and after `ADD COLUMN`, without indentation:
// `"name" TYPE[ NOT NULL][ DEFAULT x]`. `with_default` false leaves the default out (a staged
// ADD COLUMN sets it later).
[[nodiscard]] std::string render_column(const ir::Column& column, bool with_default = true);

// The layout of Prisma's render_create_table_as (flavour/postgres/renderer.rs): columns one per
// line indented by four spaces, then, after a blank line, the named primary key with its columns
// joined by `,` (no space):
//
//     CREATE TABLE "users"."Test" (
//         "id" INTEGER NOT NULL,
//         "name" TEXT NOT NULL,
//
//         CONSTRAINT "Test_pkey" PRIMARY KEY ("id")
//     )
//
// Foreign keys and indexes are separate statements (AddForeignKey, CreateIndex). No final `;`.
[[nodiscard]] std::string render_create_table(const ir::Table& table);

// `DROP TABLE "s"."T"`.
[[nodiscard]] std::string render_drop_table(const ir::Table& table);

// `ALTER TABLE "s"."Old" RENAME TO "New"` (the new name is never qualified: PostgreSQL keeps
// the namespace).
[[nodiscard]] std::string render_rename_table(std::string_view schema_name, std::string_view from,
                                              std::string_view to);

}  // namespace schemac::backends::postgres
