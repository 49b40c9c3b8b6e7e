// CREATE EXTENSION for PostgreSQL extensions (`extensions = [...]`), as Prisma prints it.
#pragma once

#include <string>

#include "ir/schema.hpp"

namespace schemac::backends::postgres {

// `CREATE EXTENSION IF NOT EXISTS "name"[ WITH][ SCHEMA "s"][ VERSION "v"]`: WITH once when a
// schema or version follows; the version is quoted as an identifier, as Prisma does
// (render_create_extension in flavour/postgres/renderer.rs).
[[nodiscard]] std::string render_create_extension(const ir::Extension& extension);

}  // namespace schemac::backends::postgres
