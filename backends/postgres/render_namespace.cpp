// CREATE SCHEMA (see render_namespace.hpp).
#include "backends/postgres/render_namespace.hpp"

#include "backends/postgres/quote.hpp"

namespace schemac::backends::postgres {

std::string render_create_namespace(std::string_view name) {
  return "CREATE SCHEMA IF NOT EXISTS " + quote_identifier(name);
}

}  // namespace schemac::backends::postgres
