// PostgreSQL URLs: Prisma's parameters taken out for libpq, and passwords never shown.
#include <doctest/doctest.h>

#include "backends/postgres/url.hpp"

using schemac::backends::postgres::parse_url;
using schemac::backends::postgres::redact_url;

TEST_CASE("postgres url: Prisma's schema= is read and kept from libpq") {
  auto url = parse_url("postgresql://app:s3cret@db.example.com:5433/shop?schema=sales&sslmode=require");
  REQUIRE(url.ok());
  CHECK(url.value().schema == "sales");
  CHECK(url.value().libpq_uri == "postgresql://app:s3cret@db.example.com:5433/shop?sslmode=require");
  CHECK(url.value().redacted ==
        "postgresql://app:***@db.example.com:5433/shop?schema=sales&sslmode=require");
}

TEST_CASE("postgres url: without schema= the namespace is public") {
  auto url = parse_url("postgres://postgres@127.0.0.1:5432/postgres");
  REQUIRE(url.ok());
  CHECK(url.value().schema == "public");
  CHECK(url.value().libpq_uri == "postgres://postgres@127.0.0.1:5432/postgres");
}

TEST_CASE("postgres url: Prisma's pool parameters are dropped, libpq's kept") {
  auto url = parse_url(
      "postgresql://u@h/d?connection_limit=5&pool_timeout=10&pgbouncer=true&host=/run/postgresql");
  REQUIRE(url.ok());
  CHECK(url.value().libpq_uri == "postgresql://u@h/d?host=/run/postgresql");
}

TEST_CASE("postgres url: a percent-encoded schema is decoded") {
  auto url = parse_url("postgresql://u@h/d?schema=my%20schema");
  REQUIRE(url.ok());
  CHECK(url.value().schema == "my schema");
}

TEST_CASE("postgres url: errors never show the password") {
  SUBCASE("not a postgres URL") {
    auto url = parse_url("mysql://root:hunter2@h/d");
    REQUIRE(!url.ok());
    CHECK(url.error().message.find("hunter2") == std::string::npos);
  }
  SUBCASE("empty schema") {
    auto url = parse_url("postgresql://root:hunter2@h/d?schema=");
    REQUIRE(!url.ok());
    CHECK(url.error().message.find("hunter2") == std::string::npos);
  }
}

TEST_CASE("postgres url: redaction covers user-info and password= parameters") {
  CHECK(redact_url("postgresql://a:b@h/d") == "postgresql://a:***@h/d");
  CHECK(redact_url("postgresql://a:p%40ss@h:1/d?x=1") == "postgresql://a:***@h:1/d?x=1");
  CHECK(redact_url("postgresql://a@h/d") == "postgresql://a@h/d");
  CHECK(redact_url("postgresql://h/d?user=a&password=secret&sslmode=disable") ==
        "postgresql://h/d?user=a&password=***&sslmode=disable");
  CHECK(redact_url("not a url") == "not a url");
  CHECK(redact_url("postgresql://a:b@c@h/d") == "postgresql://a:***@h/d");
}
