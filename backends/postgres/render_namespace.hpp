// CREATE SCHEMA for PostgreSQL namespaces, as Prisma prints it.
#pragma once

#include <string>
#include <string_view>

namespace schemac::backends::postgres {

// `CREATE SCHEMA IF NOT EXISTS "name"` (flavour/postgres/renderer.rs, render_create_namespace:
// `public` too, which always exists).
[[nodiscard]] std::string render_create_namespace(std::string_view name);

}  // namespace schemac::backends::postgres
