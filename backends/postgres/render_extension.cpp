// CREATE EXTENSION (see render_extension.hpp).
#include "backends/postgres/render_extension.hpp"

#include "backends/postgres/quote.hpp"

namespace schemac::backends::postgres {

std::string render_create_extension(const ir::Extension& extension) {
  std::string sql = "CREATE EXTENSION IF NOT EXISTS " + quote_identifier(extension.name);
  if (!extension.schema.empty() || !extension.version.empty()) {
    sql += " WITH";
  }
  if (!extension.schema.empty()) {
    sql += " SCHEMA " + quote_identifier(extension.schema);
  }
  if (!extension.version.empty()) {
    sql += " VERSION " + quote_identifier(extension.version);
  }
  return sql;
}

}  // namespace schemac::backends::postgres
