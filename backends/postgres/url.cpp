// Parsing and redacting PostgreSQL URLs (see backends/postgres/url.hpp).
#include "backends/postgres/url.hpp"

#include <array>
#include <cstdlib>

namespace schemac::backends::postgres {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Parameters of Prisma's PostgreSQL URLs that libpq rejects ("invalid URI query parameter").
// From Prisma's connection-string documentation: they tune Prisma's pool and statement cache.
constexpr std::array<std::string_view, 9> kPrismaOnlyParameters = {
    "schema",       "connection_limit", "pool_timeout",         "pgbouncer", "socket_timeout",
    "sslaccept",    "statement_cache_size", "max_idle_connection_lifetime", "single_use_connections"};

bool is_prisma_only(std::string_view key) {
  for (const std::string_view p : kPrismaOnlyParameters) {
    if (key == p) {
      return true;
    }
  }
  return false;
}

// %XX decoding, for the value of `schema=` (libpq decodes the rest itself).
std::string percent_decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      const std::string hex(s.substr(i + 1, 2));
      char* end = nullptr;
      const long v = std::strtol(hex.c_str(), &end, 16);
      if (end == hex.c_str() + 2) {
        out += static_cast<char>(v);
        i += 2;
        continue;
      }
    }
    out += s[i] == '+' ? ' ' : s[i];
  }
  return out;
}

}  // namespace

std::string redact_url(std::string_view url) {
  std::string out(url);
  const auto scheme_end = out.find("://");
  if (scheme_end != std::string::npos) {
    const std::size_t authority = scheme_end + 3;
    const std::size_t authority_end = out.find_first_of("/?", authority);
    const std::size_t at = out.rfind('@', authority_end == std::string::npos ? out.size()
                                                                              : authority_end);
    if (at != std::string::npos && at >= authority) {
      const std::size_t colon = out.find(':', authority);
      if (colon != std::string::npos && colon < at) {
        out.replace(colon + 1, at - colon - 1, "***");
      }
    }
  }
  // `password=` as a parameter: everything up to the next `&`.
  for (std::size_t pos = out.find("password="); pos != std::string::npos;
       pos = out.find("password=", pos + 1)) {
    if (pos > 0 && out[pos - 1] != '?' && out[pos - 1] != '&') {
      continue;
    }
    const std::size_t value = pos + std::string_view("password=").size();
    const std::size_t end = out.find('&', value);
    out.replace(value, (end == std::string::npos ? out.size() : end) - value, "***");
  }
  return out;
}

Result<ConnectionUrl> parse_url(std::string_view url) {
  ConnectionUrl out;
  out.redacted = redact_url(url);
  if (!starts_with(url, "postgresql://") && !starts_with(url, "postgres://")) {
    return Error{"not a PostgreSQL URL (postgresql://user@host:port/database): " + out.redacted};
  }
  const auto query = url.find('?');
  out.libpq_uri = std::string(url.substr(0, query));
  if (query == std::string_view::npos) {
    return out;
  }
  std::string kept;
  std::string_view rest = url.substr(query + 1);
  while (!rest.empty()) {
    const auto amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
    if (pair.empty()) {
      continue;
    }
    const auto eq = pair.find('=');
    const std::string_view key = pair.substr(0, eq);
    const std::string_view value = eq == std::string_view::npos ? "" : pair.substr(eq + 1);
    if (key == "schema") {
      out.schema = percent_decode(value);
      if (out.schema.empty()) {
        return Error{"the URL's schema= parameter is empty: " + out.redacted};
      }
    }
    if (is_prisma_only(key)) {
      continue;
    }
    kept += (kept.empty() ? "?" : "&") + std::string(pair);
  }
  out.libpq_uri += kept;
  return out;
}

}  // namespace schemac::backends::postgres
