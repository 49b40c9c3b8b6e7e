// Whether a column type change can lose data (H205) or only converts (R103).
#pragma once

#include <optional>
#include <string>

#include "ir/column.hpp"

namespace schemac::lint {

// Why converting values of `before` into `after` can fail, truncate or round them, in a few
// words ("text → number", "VARCHAR(255) → VARCHAR(50) shortens values"); nullopt when every
// value of `before` fits `after` (a widening: INTEGER → BIGINT, VARCHAR(10) → TEXT, anything
// → text). Unknown native types count as lossy only when the family changes away from text or
// narrows; otherwise the change is a compatible cast. Pure; never fails.
[[nodiscard]] std::optional<std::string> type_change_loss(const ir::ColumnType& before,
                                                          const ir::ColumnType& after);

}  // namespace schemac::lint
