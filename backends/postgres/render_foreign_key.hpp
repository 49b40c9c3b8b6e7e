// ALTER TABLE … ADD/DROP/VALIDATE CONSTRAINT for PostgreSQL foreign keys, as Prisma prints them.
#pragma once

#include <string>
#include <string_view>

#include "ir/change.hpp"
#include "ir/schema.hpp"

namespace schemac::backends::postgres {

// `ALTER TABLE "s"."T" ADD CONSTRAINT "n" FOREIGN KEY ("a") REFERENCES "s"."U"("id") ON DELETE
// RESTRICT ON UPDATE CASCADE` (both actions always printed, NO ACTION included). `not_valid`
// appends ` NOT VALID`: existing rows are not checked (and the table not scanned) until
// VALIDATE CONSTRAINT, which takes a weaker lock.
[[nodiscard]] std::string render_add_foreign_key(const ir::TableRef& table,
                                                 const ir::ForeignKey& foreign_key,
                                                 bool not_valid = false);

// `ALTER TABLE "s"."T" DROP CONSTRAINT "n"`: also drops a primary key or a CHECK by name.
[[nodiscard]] std::string render_drop_constraint(const ir::TableRef& table,
                                                 std::string_view constraint_name);

// `ALTER TABLE "s"."T" VALIDATE CONSTRAINT "n"`.
[[nodiscard]] std::string render_validate_constraint(const ir::TableRef& table,
                                                     std::string_view constraint_name);

}  // namespace schemac::backends::postgres
