// How findings name objects: quoted as SQL would, `"User"."age"`, `"auth"."User"`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ir/change.hpp"
#include "ir/schema.hpp"

namespace schemac::lint {

// Names are quoted as ir/change.hpp quotes them, so findings and change descriptions agree.
[[nodiscard]] inline std::string quoted(std::string_view name) { return ir::quoted_name(name); }
using ir::quoted_column;
using ir::quoted_table;
[[nodiscard]] std::string quoted_list(const std::vector<std::string>& names);  // "a", "b"
[[nodiscard]] std::string quoted_enum(const ir::Enum& enum_type);

// `("a", "b")`: the columns of a key, in order.
[[nodiscard]] std::string column_tuple(const std::vector<std::string>& names);
[[nodiscard]] std::string column_tuple(const std::vector<ir::IndexColumn>& columns);

// How a column's type reads in a message: `INTEGER`, `TEXT[]`, `enum "Role"`.
[[nodiscard]] std::string type_label(const ir::ColumnType& type);

}  // namespace schemac::lint
