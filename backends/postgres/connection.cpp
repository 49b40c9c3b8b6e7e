// libpq behind backends/postgres/connection.hpp.
#include "backends/postgres/connection.hpp"

#include <libpq-fe.h>

#include <fmt/format.h>

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
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ClearResult>;

Result<Rows> rows_of(PGconn* conn, ResultPtr result) {
  const ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    return Error{one_line(PQresultErrorMessage(result.get()))};
  }
  (void)conn;
  Rows rows;
  const int n_fields = PQnfields(result.get());
  const int n_rows = PQntuples(result.get());
  for (int f = 0; f < n_fields; ++f) {
    rows.columns.emplace_back(PQfname(result.get(), f));
  }
  rows.values.reserve(static_cast<std::size_t>(n_rows));
  for (int r = 0; r < n_rows; ++r) {
    std::vector<std::optional<std::string>> row;
    row.reserve(static_cast<std::size_t>(n_fields));
    for (int f = 0; f < n_fields; ++f) {
      if (PQgetisnull(result.get(), r, f) != 0) {
        row.emplace_back(std::nullopt);
      } else {
        row.emplace_back(std::string(PQgetvalue(result.get(), r, f),
                                     static_cast<std::size_t>(PQgetlength(result.get(), r, f))));
      }
    }
    rows.values.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

void Connection::Close::operator()(pg_conn* c) const { PQfinish(c); }

Result<Connection> Connection::open(const ConnectionUrl& url) {
  // expand_dbname: the "dbname" value is the whole URI, which libpq parses itself.
  const char* keywords[] = {"dbname", "connect_timeout", "application_name", nullptr};
  const char* values[] = {url.libpq_uri.c_str(), "10", "schemac", nullptr};
  PGconn* conn = PQconnectdbParams(keywords, values, 1);
  if (conn == nullptr) {
    return Error{"out of memory while connecting to " + url.redacted};
  }
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = one_line(PQerrorMessage(conn));
    PQfinish(conn);
    // libpq's own text never holds the password, but may repeat the URI's other parts; the
    // redacted URL says which server was meant.
    return Error{fmt::format("cannot connect to {}: {}", url.redacted, message)};
  }
  return Connection(conn, url.redacted);
}

Result<Rows> Connection::query(std::string_view sql) {
  const std::string text(sql);
  return rows_of(conn_.get(), ResultPtr(PQexec(conn_.get(), text.c_str())));
}

Result<Rows> Connection::query(std::string_view sql, const std::vector<std::string>& params) {
  const std::string text(sql);
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const std::string& p : params) {
    values.push_back(p.c_str());
  }
  return rows_of(conn_.get(),
                 ResultPtr(PQexecParams(conn_.get(), text.c_str(), static_cast<int>(values.size()),
                                        nullptr, values.data(), nullptr, nullptr, 0)));
}

Result<bool> Connection::execute_script(std::string_view sql) {
  const std::string text(sql);
  // PQexec sends the script as one simple query; results of all statements are consumed, and
  // the first failure stops the server's processing of the rest.
  ResultPtr result(PQexec(conn_.get(), text.c_str()));
  const ExecStatusType status = PQresultStatus(result.get());
  if (status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE ||
      status == PGRES_NONFATAL_ERROR) {
    std::string message = one_line(PQresultErrorMessage(result.get()));
    // A script with its own BEGIN that failed midway leaves the session in an aborted
    // transaction: end it so the connection is usable and nothing was applied.
    if (PQtransactionStatus(conn_.get()) == PQTRANS_INERROR) {
      ResultPtr rollback(PQexec(conn_.get(), "ROLLBACK"));
    }
    return Error{message};
  }
  return true;
}

int Connection::server_version() const { return PQserverVersion(conn_.get()); }

}  // namespace schemac::backends::postgres
