// PostgreSQL connection strings as Prisma users write them, and how to show them safely.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support/result.hpp"

namespace schemac::backends::postgres {

// A parsed `postgresql://user:password@host:port/database?schema=NAME&sslmode=…` URL (Prisma's
// form; `postgres://` too, and `?host=/run/postgresql` for a Unix socket).
struct ConnectionUrl {
  // The URL without the parameters libpq does not know (Prisma's `schema`,
  // `connection_limit`, `pool_timeout`, `pgbouncer`, …): what PQconnectdb is given.
  std::string libpq_uri;
  // `?schema=`: the namespace Prisma works in; "public" when absent.
  std::string schema = "public";
  // The URL as it may be printed: the password replaced by `***`.
  std::string redacted;
};

// Error (one line, password never included) when the text is not a postgres URL.
[[nodiscard]] Result<ConnectionUrl> parse_url(std::string_view url);

// `url` with any password (in the user-info part or a `password=` parameter) replaced by `***`.
// Safe on any text: what is not a URL comes back unchanged.
[[nodiscard]] std::string redact_url(std::string_view url);

}  // namespace schemac::backends::postgres
