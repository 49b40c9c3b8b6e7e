// When two IR values that differ in text are the same in the database.
//
// Lowering keeps what the schema spells out, because Prisma renders it so (`"tags" array_ops`,
// `DEFAULT '{"a": 1}'`, `CHAR`, `DEFAULT '2020-01-01 10:00:00 +01:30'` on a TIMESTAMP column);
// the database keeps a canonical form of it (no operator class when it is the default, jsonb
// normalised, CHAR(1), the offset dropped). Comparing the two as text would report a change
// that no script can make go away. The differ, and every test that asks "is this database
// what the schema says", compares through these functions instead. They are equivalences:
// reflexive and symmetric, so the direction of a diff never matters.
#pragma once

#include <optional>
#include <string_view>

#include "ir/schema.hpp"

namespace schemac::ir {

// The operator class an index column uses, "" when it is the access method's default (what
// introspection reports): `array_ops` under GIN is "", `jsonb_path_ops` stays.
[[nodiscard]] std::string_view effective_operator_class(IndexAlgorithm algorithm,
                                                        std::string_view operator_class);

// The column types hold the same values: equal, or a length the database supplies (`CHAR` is
// `CHAR(1)`, `BIT` is `BIT(1)` in PostgreSQL).
[[nodiscard]] bool same_column_type(const ColumnType& a, const ColumnType& b);

// The defaults give the same value to a row of a column of type `type`: equal, or JSON values
// equal as JSON, or date-times equal once reduced to what the native type stores (a TIMESTAMP
// drops the offset, a TIMESTAMPTZ is an instant, a DATE keeps the date, a TIME the time).
[[nodiscard]] bool same_default(const ColumnType& type, const OptionalBox<Default>& a,
                                const OptionalBox<Default>& b);

}  // namespace schemac::ir
