// What a PostgreSQL column's catalog type means in the IR.
#pragma once

#include <string>
#include <string_view>

#include "ir/column.hpp"

namespace schemac::backends::postgres {

// A column's type as the catalogs give it: for an array, the element type's.
struct CatalogType {
  std::string name;        // pg_type.typname of the element: "int4", "varchar", "Role"
  std::string namespace_;  // its namespace: "pg_catalog", "public"
  char kind = 'b';         // pg_type.typtype: 'b' base, 'e' enum, 'd' domain, 'c' composite, …
  int typmod = -1;         // pg_attribute.atttypmod (arrays keep the element's)
  std::string formatted;   // format_type(element, typmod): "vector(1536)", "public.geography"
  bool is_array = false;
};

// The type as lowering writes it for the same column: `native` as Prisma renders it
// ("VARCHAR(255)", "TIMESTAMP(3)", "DECIMAL(65,30)", "DOUBLE PRECISION"), the family as
// `prisma db pull` gives it (get_column_type_family in schema-engine/sql-schema-describer/src/
// postgres.rs, with UUID, XML, INET, BIT as String and MONEY as Decimal), an enum by its type
// name with `enum_schema` left for the caller, anything else Unsupported with format_type's text.
[[nodiscard]] ir::ColumnType column_type(const CatalogType& t);

}  // namespace schemac::backends::postgres
