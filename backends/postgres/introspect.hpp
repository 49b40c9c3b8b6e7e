// Reading a live PostgreSQL database into the IR.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "backends/postgres/connection.hpp"
#include "ir/schema.hpp"
#include "support/result.hpp"

namespace schemac::backends::postgres {

// The tables of `schema_name` (ordinary and partitioned, not Prisma's `_prisma_migrations`),
// with columns (types as Prisma renders them, `VARCHAR(255)`, `TIMESTAMP(3)`; families as
// `prisma db pull` gives them; arrays; enums), NOT NULL, defaults normalised to the IR's value
// forms (a sequence or identity column is the autoincrement flag), named primary keys, unique
// and plain indexes (sort order, operator class, access method, partial predicate), foreign
// keys with their actions, CHECK constraints (opaque), and the enums of the namespace in value
// order. Objects of the namespace carry schema_name "" (the connection's default), as lowering
// writes a schema without `@@schema`. A database made by Prisma's own SQL for a schema
// introspects equal to that schema lowered (tests/corpus/postgres/introspect_parity_test.cpp).
// Six set-based catalog queries in one read-only transaction of its own (so `db` must not be
// in a transaction), whatever the number of tables. Error (one line): the server's message.
[[nodiscard]] Result<ir::Schema> introspect(Connection& db, const std::string& schema_name);

// A multi-schema datasource (`schemas = [...]`, even with one entry): every object carries
// its namespace's name, as lowering writes `@@schema`. `namespaces[0]` is the search path, as
// the URL's `?schema=` is for Prisma. Error when `namespaces` is empty.
[[nodiscard]] Result<ir::Schema> introspect(Connection& db,
                                            const std::vector<std::string>& namespaces);

// parse_url + Connection::open + introspect(url.schema): what the dialect's introspect() needs.
// Error (one line, password redacted): bad URL, unreachable server, failed query.
[[nodiscard]] Result<ir::Schema> introspect_url(std::string_view url);

}  // namespace schemac::backends::postgres
