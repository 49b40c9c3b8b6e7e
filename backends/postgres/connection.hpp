// An open PostgreSQL connection (libpq) and the little schemac asks of one.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "backends/postgres/url.hpp"
#include "support/result.hpp"

struct pg_conn;
struct pg_result;

namespace schemac::backends::postgres {

// The rows of a query, every value as text (NULL as an empty optional).
struct Rows {
  std::vector<std::string> columns;
  std::vector<std::vector<std::optional<std::string>>> values;
  [[nodiscard]] std::size_t size() const { return values.size(); }
};

class Connection {
 public:
  // Connects with a 10-second timeout. Error (one line, the URL redacted): unreachable server,
  // authentication failure, missing database.
  [[nodiscard]] static Result<Connection> open(const ConnectionUrl& url);

  // A query without parameters; the Error carries the server's message.
  [[nodiscard]] Result<Rows> query(std::string_view sql);
  // A query with text parameters $1, $2, …
  [[nodiscard]] Result<Rows> query(std::string_view sql, const std::vector<std::string>& params);

  // A whole script as one simple-protocol query: the server runs it as one implicit transaction
  // unless it has BEGIN/COMMIT of its own (as psql -1 would), so a failure changes nothing.
  [[nodiscard]] Result<bool> execute_script(std::string_view sql);

  [[nodiscard]] const std::string& redacted_url() const { return redacted_; }
  [[nodiscard]] int server_version() const;  // e.g. 150004

 private:
  struct Close {
    void operator()(pg_conn* c) const;
  };
  Connection(pg_conn* c, std::string redacted) : conn_(c), redacted_(std::move(redacted)) {}
  std::unique_ptr<pg_conn, Close> conn_;
  std::string redacted_;
};

}  // namespace schemac::backends::postgres
