// Tests for frontend/lower/defaults: literal normalisation to the form Prisma renders.
#include "frontend/lower/defaults.hpp"

#include <doctest/doctest.h>

using namespace schemac::frontend::lowering;

TEST_CASE("defaults: RFC 3339 date-times become chrono's display form") {
  // The first form is what the oracle printed for @default("2020-01-01T00:00:00Z").
  CHECK(normalise_datetime("2020-01-01T00:00:00Z") == "2020-01-01 00:00:00 +00:00");
  CHECK(normalise_datetime("2020-01-01T10:20:30.5+02:00") == "2020-01-01 10:20:30.500 +02:00");
  CHECK(normalise_datetime("2020-01-01T10:20:30.123456Z") == "2020-01-01 10:20:30.123456 +00:00");
  CHECK(normalise_datetime("2020-01-01T10:20:30.000000001Z") ==
        "2020-01-01 10:20:30.000000001 +00:00");
  CHECK(normalise_datetime("2020-01-01T10:20:30.000Z") == "2020-01-01 10:20:30 +00:00");
  CHECK_FALSE(normalise_datetime("2020-01-01"));
  CHECK_FALSE(normalise_datetime("2020-01-01T10:20:30"));
  CHECK_FALSE(normalise_datetime("2020-01-01T10:20:30+0200"));
}

TEST_CASE("defaults: base64 bytes become lowercase hex") {
  CHECK(base64_to_hex("aGVsbG8=") == "68656c6c6f");  // "hello", as the oracle printed it
  CHECK(base64_to_hex("aGVsbG8") == "68656c6c6f");
  CHECK(base64_to_hex("") == "");
  CHECK(base64_to_hex("/+8=") == "ffef");
  CHECK_FALSE(base64_to_hex("a$b="));
}
