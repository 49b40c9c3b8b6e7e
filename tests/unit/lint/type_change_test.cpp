// Tests for lint/rules/type_change: which type changes can lose data.
#include "lint/rules/type_change.hpp"

#include <doctest/doctest.h>

using namespace schemac;
using namespace schemac::ir;

namespace {

ColumnType type(TypeFamily family, std::string native, bool is_array = false) {
  return ColumnType{family, std::move(native), "", is_array};
}

bool lossy(const ColumnType& before, const ColumnType& after) {
  return lint::type_change_loss(before, after).has_value();
}

}  // namespace

TEST_CASE("type change: widenings keep every value") {
  CHECK_FALSE(lossy(type(TypeFamily::Int, "INTEGER"), type(TypeFamily::BigInt, "BIGINT")));
  CHECK_FALSE(lossy(type(TypeFamily::Int, "INTEGER"), type(TypeFamily::Float, "DOUBLE PRECISION")));
  CHECK_FALSE(lossy(type(TypeFamily::Int, "SMALLINT"), type(TypeFamily::Int, "INTEGER")));
  CHECK_FALSE(
      lossy(type(TypeFamily::String, "VARCHAR(10)"), type(TypeFamily::String, "VARCHAR(20)")));
  CHECK_FALSE(lossy(type(TypeFamily::String, "VARCHAR(10)"), type(TypeFamily::String, "TEXT")));
  CHECK_FALSE(lossy(type(TypeFamily::Decimal, "DECIMAL(10,2)"),
                    type(TypeFamily::Decimal, "DECIMAL(12,2)")));
  CHECK_FALSE(
      lossy(type(TypeFamily::Decimal, "DECIMAL(10,2)"), type(TypeFamily::Decimal, "DECIMAL")));
  CHECK_FALSE(lossy(type(TypeFamily::Float, "REAL"), type(TypeFamily::Float, "DOUBLE PRECISION")));
  CHECK_FALSE(lossy(type(TypeFamily::DateTime, "TIMESTAMP(3)"),
                    type(TypeFamily::DateTime, "TIMESTAMPTZ(3)")));
  CHECK_FALSE(
      lossy(type(TypeFamily::DateTime, "DATE"), type(TypeFamily::DateTime, "TIMESTAMP(3)")));
  CHECK_FALSE(lossy(type(TypeFamily::Boolean, "BOOLEAN"), type(TypeFamily::Int, "INTEGER")));
  CHECK_FALSE(lossy(type(TypeFamily::Json, "JSON"), type(TypeFamily::Json, "JSONB")));
  CHECK_FALSE(lossy(type(TypeFamily::String, "TEXT"), type(TypeFamily::String, "TEXT", true)));
  SUBCASE("anything becomes text") {
    for (const TypeFamily f : {TypeFamily::Int, TypeFamily::Float, TypeFamily::DateTime,
                               TypeFamily::Json, TypeFamily::Enum, TypeFamily::Boolean}) {
      CHECK_FALSE(lossy(type(f, "X"), type(TypeFamily::String, "TEXT")));
    }
  }
}

TEST_CASE("type change: narrowing and text to non-text can lose data") {
  CHECK(lossy(type(TypeFamily::String, "TEXT"), type(TypeFamily::Int, "INTEGER")));
  CHECK(lossy(type(TypeFamily::String, "TEXT"), type(TypeFamily::DateTime, "TIMESTAMP(3)")));
  CHECK(lossy(type(TypeFamily::String, "TEXT"), type(TypeFamily::Enum, "Role")));
  CHECK(lossy(type(TypeFamily::Float, "DOUBLE PRECISION"), type(TypeFamily::Int, "INTEGER")));
  CHECK(lossy(type(TypeFamily::BigInt, "BIGINT"), type(TypeFamily::Int, "INTEGER")));
  CHECK(lossy(type(TypeFamily::BigInt, "BIGINT"), type(TypeFamily::Float, "DOUBLE PRECISION")));
  CHECK(lossy(type(TypeFamily::Int, "INTEGER"), type(TypeFamily::Int, "SMALLINT")));
  CHECK(lossy(type(TypeFamily::Int, "INTEGER"), type(TypeFamily::Boolean, "BOOLEAN")));
  CHECK(lossy(type(TypeFamily::Float, "DOUBLE PRECISION"), type(TypeFamily::Float, "REAL")));
  CHECK(lossy(type(TypeFamily::String, "TEXT"), type(TypeFamily::String, "UUID")));
  CHECK(
      lossy(type(TypeFamily::Decimal, "DECIMAL(10,2)"), type(TypeFamily::Decimal, "DECIMAL(8,2)")));
  CHECK(lossy(type(TypeFamily::Decimal, "DECIMAL(10,4)"),
              type(TypeFamily::Decimal, "DECIMAL(10,2)")));
  CHECK(lossy(type(TypeFamily::Decimal, "DECIMAL"), type(TypeFamily::Decimal, "DECIMAL(65,30)")));
  CHECK(lossy(type(TypeFamily::DateTime, "TIMESTAMP(3)"), type(TypeFamily::DateTime, "DATE")));
  CHECK(lossy(type(TypeFamily::DateTime, "TIMESTAMP(6)"),
              type(TypeFamily::DateTime, "TIMESTAMP(3)")));
  CHECK(lossy(type(TypeFamily::Enum, "Role"), type(TypeFamily::Enum, "Kind")));
  CHECK(lossy(type(TypeFamily::String, "TEXT", true), type(TypeFamily::String, "TEXT")));
}

TEST_CASE("type change: the reason names the two types") {
  CHECK(lint::type_change_loss(type(TypeFamily::String, "VARCHAR(255)"),
                               type(TypeFamily::String, "VARCHAR(50)")) ==
        "VARCHAR(255) → VARCHAR(50) shortens values");
  CHECK(lint::type_change_loss(type(TypeFamily::Float, "DOUBLE PRECISION"),
                               type(TypeFamily::Int, "INTEGER")) ==
        "Float → Int (DOUBLE PRECISION → INTEGER)");
}
