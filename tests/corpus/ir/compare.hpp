// Differences between the schema Prisma's SQL describes and the one schemac lowered.
#pragma once

#include <string>
#include <vector>

#include "ir/schema.hpp"

namespace schemac::test {

// Both sides in the rendered form (sql_reader.hpp, sql_render.hpp). One line per difference,
// naming the object: `table "Post": column "id": type: expected TEXT, got UUID`. Tables,
// indexes, foreign keys and enums are matched by (namespace, name); columns must also appear in
// the same order. Empty when the two agree.
[[nodiscard]] std::vector<std::string> differences(const ir::Schema& expected,
                                                   const ir::Schema& actual);

}  // namespace schemac::test
