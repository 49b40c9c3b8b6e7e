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

// Where execute_statements stopped on a failure, and what the database keeps.
struct StatementFailure {
  std::size_t index = 0;  // 0-based, into split_statements(script)
  std::size_t line = 0;   // 1-based line of the statement in the script
  std::string statement;  // its text
  std::string message;    // the server's message, one line
  std::string sqlstate;   // e.g. "55P03" (lock_not_available); may be empty
  // The statement ran inside a transaction block of the script (its BEGIN at statement
  // `transaction_begin`), which was rolled back: statements transaction_begin … index left no
  // trace.
  std::optional<std::size_t> transaction_begin;
  // What the user must do before running the rest again, or "": e.g. drop the INVALID index a
  // failed CREATE INDEX CONCURRENTLY left behind (`DROP INDEX CONCURRENTLY IF EXISTS "i"`).
  std::string cleanup;
};

// What execute_statements did.
struct StatementsRun {
  std::size_t total = 0;      // statements in the script
  std::size_t committed = 0;  // statements 0 … committed-1 ran and their effects are committed
  std::optional<StatementFailure> failure;
  // One line for `schemac: error:` saying which statement failed (number, line, text), the
  // server's message, what was rolled back, what stays applied, what was not run, and the
  // cleanup. Empty when nothing failed.
  [[nodiscard]] std::string message() const;
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
  // (as psql -1 would, and as Prisma's engine runs a migration.sql), so a failure changes
  // nothing; a BEGIN … COMMIT of the script's own ends that transaction, and what it committed
  // stays when a later statement fails. PostgreSQL refuses CREATE INDEX CONCURRENTLY and the
  // like in such a query: run `--online` scripts with execute_statements.
  [[nodiscard]] Result<bool> execute_script(std::string_view sql);

  // A script statement by statement, as psql runs a file (split_statements cuts it): each
  // statement is its own query, so the script's own BEGIN … COMMIT make its transactions and
  // every statement outside them commits on its own, which is what CREATE INDEX CONCURRENTLY,
  // VACUUM and the like require (PostgreSQL refuses them in a multi-statement query). This is
  // how `schemac diff --online` scripts run: SET lock_timeout and enum values first, then
  // BEGIN … COMMIT, then the CONCURRENTLY builds and VALIDATEs one at a time.
  // Stops at the first failure: a transaction block it was in is rolled back (its statements
  // leave no trace, as with execute_script); statements committed before it stay (they are
  // counted in `committed`); later statements are not run. Session settings (SET) stay for the
  // connection's life. A script ending inside an open transaction block is rolled back and
  // reported as a failure. For a script with no BEGIN of its own that must be all-or-nothing
  // (Prisma's migration.sql, as Prisma's engine runs it) use execute_script instead.
  [[nodiscard]] StatementsRun run_statements(std::string_view sql);
  // run_statements, as a Result: the number of statements, or Error{StatementsRun::message()}.
  [[nodiscard]] Result<std::size_t> execute_statements(std::string_view sql);

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
