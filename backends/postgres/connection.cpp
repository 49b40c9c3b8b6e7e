// libpq behind backends/postgres/connection.hpp.
#include "backends/postgres/connection.hpp"

#include <cctype>

#include <fmt/format.h>

#include "backends/postgres/libpq.hpp"
#include "backends/postgres/statements.hpp"

namespace schemac::backends::postgres {

namespace {

// libpq's messages end in a newline and may span lines; errors here are one line.
std::string one_line(const char* message) {
  std::string out = message == nullptr ? "" : message;
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) {
    out.pop_back();
  }
  for (char& c : out) {
    if (c == '\n' || c == '\t') {
      c = ' ';
    }
  }
  return out;
}

struct ClearResult {
  void operator()(PGresult* r) const { libpq().PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ClearResult>;

Result<Rows> rows_of(PGconn* conn, ResultPtr result) {
  const ExecStatusType status = libpq().PQresultStatus(result.get());
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    return Error{one_line(libpq().PQresultErrorMessage(result.get()))};
  }
  (void)conn;
  Rows rows;
  const int n_fields = libpq().PQnfields(result.get());
  const int n_rows = libpq().PQntuples(result.get());
  for (int f = 0; f < n_fields; ++f) {
    rows.columns.emplace_back(libpq().PQfname(result.get(), f));
  }
  rows.values.reserve(static_cast<std::size_t>(n_rows));
  for (int r = 0; r < n_rows; ++r) {
    std::vector<std::optional<std::string>> row;
    row.reserve(static_cast<std::size_t>(n_fields));
    for (int f = 0; f < n_fields; ++f) {
      if (libpq().PQgetisnull(result.get(), r, f) != 0) {
        row.emplace_back(std::nullopt);
      } else {
        row.emplace_back(std::string(libpq().PQgetvalue(result.get(), r, f),
                                     static_cast<std::size_t>(libpq().PQgetlength(result.get(), r, f))));
      }
    }
    rows.values.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

void Connection::Close::operator()(pg_conn* c) const { libpq().PQfinish(c); }

Result<Connection> Connection::open(const ConnectionUrl& url) {
  if (auto lib = load_libpq(); !lib) {
    return lib.error();
  }
  // expand_dbname: the "dbname" value is the whole URI, which libpq parses itself.
  const char* keywords[] = {"dbname", "connect_timeout", "application_name", nullptr};
  const char* values[] = {url.libpq_uri.c_str(), "10", "schemac", nullptr};
  PGconn* conn = libpq().PQconnectdbParams(keywords, values, 1);
  if (conn == nullptr) {
    return Error{"out of memory while connecting to " + url.redacted};
  }
  if (libpq().PQstatus(conn) != CONNECTION_OK) {
    std::string message = one_line(libpq().PQerrorMessage(conn));
    libpq().PQfinish(conn);
    // libpq's own text never holds the password, but may repeat the URI's other parts; the
    // redacted URL says which server was meant.
    return Error{fmt::format("cannot connect to {}: {}", url.redacted, message)};
  }
  return Connection(conn, url.redacted);
}

Result<Rows> Connection::query(std::string_view sql) {
  const std::string text(sql);
  return rows_of(conn_.get(), ResultPtr(libpq().PQexec(conn_.get(), text.c_str())));
}

Result<Rows> Connection::query(std::string_view sql, const std::vector<std::string>& params) {
  const std::string text(sql);
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const std::string& p : params) {
    values.push_back(p.c_str());
  }
  return rows_of(conn_.get(),
                 ResultPtr(libpq().PQexecParams(conn_.get(), text.c_str(), static_cast<int>(values.size()),
                                        nullptr, values.data(), nullptr, nullptr, 0)));
}

Result<bool> Connection::execute_script(std::string_view sql) {
  const std::string text(sql);
  // PQexec sends the script as one simple query; results of all statements are consumed, and
  // the first failure stops the server's processing of the rest.
  ResultPtr result(libpq().PQexec(conn_.get(), text.c_str()));
  const ExecStatusType status = libpq().PQresultStatus(result.get());
  if (status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE ||
      status == PGRES_NONFATAL_ERROR) {
    std::string message = one_line(libpq().PQresultErrorMessage(result.get()));
    // A script with its own BEGIN that failed midway leaves the session in an aborted
    // transaction: end it so the connection is usable and nothing was applied.
    if (libpq().PQtransactionStatus(conn_.get()) == PQTRANS_INERROR) {
      ResultPtr rollback(libpq().PQexec(conn_.get(), "ROLLBACK"));
    }
    return Error{message};
  }
  return true;
}

namespace {

bool failed(ExecStatusType status) {
  return status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE ||
         status == PGRES_NONFATAL_ERROR || status == PGRES_EMPTY_QUERY;
}

// "statement 3", "statements 3-7": 1-based, inclusive.
std::string numbered(std::size_t first, std::size_t last) {
  return first == last ? fmt::format("statement {}", first)
                       : fmt::format("statements {}-{}", first, last);
}

// What a failed statement leaves for the user to clean up before running the rest again.
// Queries the catalog for the INVALID index a failed CREATE INDEX CONCURRENTLY leaves (its
// catalog entry is committed before the build: PostgreSQL docs, CREATE INDEX, "Building
// Indexes Concurrently").
std::string cleanup_after(PGconn* conn, const std::string& statement, const std::string& state,
                          std::size_t number) {
  std::vector<std::string> parts;
  if (state == "55P03" || state == "57014") {
    parts.emplace_back(
        "a lock was not granted in time (lock_timeout or statement_timeout): another session "
        "holds it; retry later");
  }
  const std::vector<std::string> words = leading_words(statement, 3);
  if (const auto index = concurrent_index_name(statement)) {
    const char* values[] = {index->c_str()};
    ResultPtr r(libpq().PQexecParams(conn,
                             "SELECT 1 FROM pg_index WHERE indexrelid = to_regclass($1) AND NOT "
                             "indisvalid",
                             1, nullptr, values, nullptr, nullptr, 0));
    if (libpq().PQresultStatus(r.get()) == PGRES_TUPLES_OK && libpq().PQntuples(r.get()) == 1) {
      // The name as the statement spells it, which is how the user knows it.
      const std::string& name = *index;
      parts.push_back(fmt::format(
          "the failed build left the INVALID index {0} behind (never used by queries, yet "
          "updated on every write): drop it with `DROP INDEX CONCURRENTLY IF EXISTS {0};`, fix "
          "the cause, then run statement {1} and the rest again",
          name, number));
    }
  } else if (!words.empty() && (words[0] == "CREATE" || words[0] == "REINDEX") &&
             runs_only_outside_transaction(statement) &&
             statement.find("INDEX") != std::string::npos) {
    parts.emplace_back(
        "a failed concurrent index build may leave an INVALID index behind: find it with "
        "`SELECT indexrelid::regclass FROM pg_index WHERE NOT indisvalid;` and drop it with "
        "DROP INDEX CONCURRENTLY before running the rest again");
  }
  std::string upper_statement = statement;
  for (char& c : upper_statement) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (!words.empty() && words[0] == "ALTER" &&
      upper_statement.find("VALIDATE CONSTRAINT") != std::string::npos) {
    parts.emplace_back(
        "the constraint stays NOT VALID (checked for new rows only): fix the existing rows "
        "that violate it, then run the statement and the rest again");
  }
  std::string out;
  for (const std::string& p : parts) {
    out += (out.empty() ? "" : "; ") + p;
  }
  return out;
}

}  // namespace

std::string StatementsRun::message() const {
  if (!failure) {
    return "";
  }
  const StatementFailure& f = *failure;
  const std::size_t number = f.index + 1;
  std::string out = fmt::format("{} of {} (line {}) failed: `{}`: {}", numbered(number, number),
                                total, f.line, statement_excerpt(f.statement), f.message);
  if (f.transaction_begin) {
    out += fmt::format("; its transaction ({}) was rolled back",
                       numbered(*f.transaction_begin + 1, number));
  }
  out += committed == 0 ? std::string("; no statement was applied")
                        : fmt::format("; {} {} applied", numbered(1, committed),
                                      committed == 1 ? "stays" : "stay");
  if (number < total) {
    out += fmt::format("; {} {} not run", numbered(number + 1, total),
                       number + 1 == total ? "was" : "were");
  }
  if (!f.cleanup.empty()) {
    out += "; " + f.cleanup;
  }
  return out;
}

StatementsRun Connection::run_statements(std::string_view sql) {
  const std::vector<Statement> statements = split_statements(sql);
  StatementsRun run;
  run.total = statements.size();
  PGconn* conn = conn_.get();
  const auto fail = [&](std::size_t index, std::string message, std::string state) {
    StatementFailure f;
    f.index = index;
    f.line = index < statements.size() ? statements[index].line : 0;
    f.statement = index < statements.size() ? std::string(statements[index].text) : "";
    f.message = std::move(message);
    f.sqlstate = std::move(state);
    run.failure = std::move(f);
  };
  if (libpq().PQtransactionStatus(conn) != PQTRANS_IDLE) {
    fail(0, "the connection is already inside a transaction block", "25001");
    return run;
  }
  std::optional<std::size_t> open;  // the statement that opened the current transaction block
  for (std::size_t i = 0; i < statements.size(); ++i) {
    const std::string text(statements[i].text);
    ResultPtr result(libpq().PQexec(conn, text.c_str()));
    const PGTransactionStatusType after = libpq().PQtransactionStatus(conn);
    if (result == nullptr || failed(libpq().PQresultStatus(result.get())) || after == PQTRANS_UNKNOWN) {
      const char* primary =
          result ? libpq().PQresultErrorField(result.get(), PG_DIAG_MESSAGE_PRIMARY) : nullptr;
      const char* state = result ? libpq().PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
      std::string message = primary != nullptr ? one_line(primary)
                            : result           ? one_line(libpq().PQresultErrorMessage(result.get()))
                                               : one_line(libpq().PQerrorMessage(conn));
      if (message.empty()) {
        message = "the server gave no result (connection lost?)";
      }
      fail(i, std::move(message), state == nullptr ? "" : state);
      if (after == PQTRANS_INERROR || after == PQTRANS_INTRANS) {
        ResultPtr rollback(libpq().PQexec(conn, "ROLLBACK"));
      }
      // A block that ended in this failure (its COMMIT failed, or it was rolled back above)
      // took its statements along.
      run.failure->transaction_begin = open;
      run.failure->cleanup = cleanup_after(conn, text, run.failure->sqlstate, i + 1);
      return run;
    }
    if (after == PQTRANS_IDLE) {
      run.committed = i + 1;
      open.reset();
    } else if (!open) {
      open = i;
    }
  }
  if (open) {
    ResultPtr rollback(libpq().PQexec(conn, "ROLLBACK"));
    fail(statements.size() - 1,
         fmt::format("the script ends inside the transaction block that statement {} opened, "
                     "without COMMIT",
                     *open + 1),
         "");
    run.failure->transaction_begin = open;
  }
  return run;
}

Result<std::size_t> Connection::execute_statements(std::string_view sql) {
  const StatementsRun run = run_statements(sql);
  if (run.failure) {
    return Error{run.message()};
  }
  return run.total;
}

int Connection::server_version() const { return libpq().PQserverVersion(conn_.get()); }

}  // namespace schemac::backends::postgres
