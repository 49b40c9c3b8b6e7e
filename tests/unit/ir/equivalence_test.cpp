// ir/equivalence: what the database normalises is no difference; everything else still is.
#include <doctest/doctest.h>

#include "ir/equivalence.hpp"

using namespace schemac::ir;

namespace {

ColumnType type(TypeFamily family, const char* native) {
  ColumnType t;
  t.family = family;
  t.native = native;
  return t;
}

std::optional<Default> value(ValueKind kind, const char* text) {
  Default d;
  d.kind = DefaultKind::Value;
  d.value.kind = kind;
  d.value.text = text;
  return d;
}

}  // namespace

TEST_CASE("a default operator class named in the schema is the database's unnamed default") {
  CHECK(effective_operator_class(IndexAlgorithm::Gin, "array_ops").empty());
  CHECK(effective_operator_class(IndexAlgorithm::Gin, "jsonb_ops").empty());
  CHECK(effective_operator_class(IndexAlgorithm::Brin, "int4_minmax_ops").empty());
  CHECK(effective_operator_class(IndexAlgorithm::Gin, "jsonb_path_ops") == "jsonb_path_ops");
  CHECK(effective_operator_class(IndexAlgorithm::Gin, "gin_trgm_ops") == "gin_trgm_ops");
  // A default of one access method is not one of another: inet_ops is GiST's non-default.
  CHECK(effective_operator_class(IndexAlgorithm::Gist, "inet_ops") == "inet_ops");
  CHECK(effective_operator_class(IndexAlgorithm::SpGist, "inet_ops").empty());
  CHECK(effective_operator_class(IndexAlgorithm::Brin, "int4_bloom_ops") == "int4_bloom_ops");
  CHECK(effective_operator_class(IndexAlgorithm::Gin, "").empty());
}

TEST_CASE("CHAR and BIT without a length are one long; other lengths still differ") {
  const auto s = TypeFamily::String;
  CHECK(same_column_type(type(s, "CHAR"), type(s, "CHAR(1)")));
  CHECK(same_column_type(type(s, "BIT(1)"), type(s, "BIT")));
  CHECK_FALSE(same_column_type(type(s, "CHAR"), type(s, "CHAR(2)")));
  CHECK_FALSE(same_column_type(type(s, "VARCHAR"), type(s, "VARCHAR(1)")));
  CHECK_FALSE(same_column_type(type(s, "CHAR(1)"), type(s, "VARCHAR(1)")));
  ColumnType list = type(s, "CHAR");
  list.is_array = true;
  CHECK_FALSE(same_column_type(list, type(s, "CHAR(1)")));
}

TEST_CASE("JSON defaults compare as JSON") {
  const auto j = type(TypeFamily::Json, "JSONB");
  CHECK(same_default(j, value(ValueKind::Json, R"({"b":1, "a": [1,2]})"),
                     value(ValueKind::Json, R"({"a": [1, 2], "b": 1})")));
  CHECK_FALSE(same_default(j, value(ValueKind::Json, R"({"a": 1})"),
                           value(ValueKind::Json, R"({"a": 2})")));
  // Unparseable text is compared as text.
  CHECK_FALSE(same_default(j, value(ValueKind::Json, "{"), value(ValueKind::Json, "{ ")));
  // A string is not JSON.
  CHECK_FALSE(same_default(type(TypeFamily::String, "TEXT"), value(ValueKind::String, "{}"),
                           value(ValueKind::String, "{ }")));
}

TEST_CASE("date-time defaults compare as the native type stores them") {
  const auto dt = [](const char* native) { return type(TypeFamily::DateTime, native); };
  const auto at = [](const char* text) { return value(ValueKind::DateTime, text); };
  // TIMESTAMP drops the offset.
  CHECK(same_default(dt("TIMESTAMP(3)"), at("2020-01-01 10:00:00 +01:30"),
                     at("2020-01-01 10:00:00 +00:00")));
  CHECK_FALSE(same_default(dt("TIMESTAMP(3)"), at("2020-01-01 10:00:00 +01:30"),
                           at("2020-01-01 08:30:00 +00:00")));
  // TIMESTAMPTZ is an instant, across a day and a year boundary too.
  CHECK(same_default(dt("TIMESTAMPTZ(3)"), at("2020-01-01 10:00:00 +01:30"),
                     at("2020-01-01 08:30:00 +00:00")));
  CHECK(same_default(dt("TIMESTAMPTZ(6)"), at("2020-01-01 00:30:00.5 +01:00"),
                     at("2019-12-31 23:30:00.5 +00:00")));
  CHECK(same_default(dt("TIMESTAMPTZ"), at("2020-02-28 22:00:00 -05:00"),
                     at("2020-02-29 03:00:00 +00:00")));
  CHECK_FALSE(same_default(dt("TIMESTAMPTZ(3)"), at("2020-01-01 10:00:00 +01:30"),
                           at("2020-01-01 10:00:00 +00:00")));
  // DATE keeps the date, TIME the time, TIMETZ the time and its offset.
  CHECK(same_default(dt("DATE"), at("2020-01-01 10:00:00 +01:30"),
                     at("2020-01-01 00:00:00 +00:00")));
  CHECK(same_default(dt("TIME(3)"), at("2020-01-01 10:00:00 +01:30"),
                     at("1970-01-01 10:00:00 +00:00")));
  CHECK(same_default(dt("TIMETZ(3)"), at("2020-01-01 10:00:00 +01:30"),
                     at("1970-01-01 10:00:00 +01:30")));
  CHECK_FALSE(same_default(dt("TIMETZ(3)"), at("2020-01-01 10:00:00 +01:30"),
                           at("1970-01-01 10:00:00 +00:00")));
  // SQLite's DATETIME stores the text as written.
  CHECK_FALSE(same_default(dt("DATETIME"), at("2020-01-01 10:00:00 +01:30"),
                           at("2020-01-01 10:00:00 +00:00")));
}

TEST_CASE("a default against none, or against an expression, is a difference") {
  const auto j = type(TypeFamily::Json, "JSONB");
  CHECK_FALSE(same_default(j, value(ValueKind::Json, "{}"), std::nullopt));
  Default expression;
  expression.kind = DefaultKind::DbGenerated;
  expression.expression = "'{}'::jsonb";
  CHECK_FALSE(same_default(j, value(ValueKind::Json, "{}"), expression));
  CHECK(same_default(j, std::nullopt, std::nullopt));
}
