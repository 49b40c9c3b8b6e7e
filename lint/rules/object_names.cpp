// How findings name objects (lint/rules/object_names.hpp).
#include "lint/rules/object_names.hpp"

#include <fmt/format.h>

namespace schemac::lint {

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    if (!out.empty()) {
      out += ", ";
    }
    out += quoted(name);
  }
  return out;
}

std::string quoted_enum(const ir::Enum& enum_type) {
  return quoted_table({enum_type.schema_name, enum_type.name});
}

std::string column_tuple(const std::vector<std::string>& names) {
  return "(" + quoted_list(names) + ")";
}

std::string column_tuple(const std::vector<ir::IndexColumn>& columns) {
  std::vector<std::string> names;
  names.reserve(columns.size());
  for (const ir::IndexColumn& c : columns) {
    names.push_back(c.name);
  }
  return column_tuple(names);
}

std::string type_label(const ir::ColumnType& type) {
  std::string label = type.family == ir::TypeFamily::Enum
                          ? "enum " + quoted_table({type.enum_schema, type.native})
                          : type.native;
  if (type.is_array) {
    label += "[]";
  }
  return label;
}

}  // namespace schemac::lint
