// PostgreSQL quoting (see quote.hpp).
#include "backends/postgres/quote.hpp"

#include "support/sql_quote.hpp"
#include "ir/naming.hpp"
#include "ir/schema.hpp"

namespace schemac::backends::postgres {

std::string quote_identifier(std::string_view name) {
  return sql_quoted(name, '"');
}

std::string quote_literal(std::string_view text) {
  return sql_quoted(text, '\'');
}

std::string qualified_name(std::string_view schema_name, std::string_view name) {
  if (schema_name.empty() || schema_name == "public") {
    return quote_identifier(name);
  }
  return quote_identifier(schema_name) + "." + quote_identifier(name);
}

std::string constraint_name(std::string_view name, std::string_view suffix) {
  const std::size_t limit = ir::naming::max_identifier_length(ir::Dialect::Postgres);
  const std::size_t room = limit > suffix.size() ? limit - suffix.size() : 0;
  return std::string(ir::naming::truncate_bytes(name, room)) + std::string(suffix);
}

}  // namespace schemac::backends::postgres
