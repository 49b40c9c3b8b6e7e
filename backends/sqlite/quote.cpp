// SQLite quoting (see quote.hpp).
#include "backends/sqlite/quote.hpp"

#include "support/sql_quote.hpp"

namespace schemac::backends::sqlite {

std::string quote_identifier(std::string_view name) {
  return sql_quoted(name, '"');
}

std::string quote_literal(std::string_view text) {
  return sql_quoted(text, '\'');
}

}  // namespace schemac::backends::sqlite
