// libpq, loaded the first time a command connects to PostgreSQL.
#pragma once

#include <libpq-fe.h>

#include "support/result.hpp"

// schemac links libpq at run time (dlopen), not at start-up: libpq brings twenty shared
// libraries with it (Kerberos, LDAP, GnuTLS, SASL, ...), and resolving their symbols was half
// of every command's start-up, about 12 ms, whether or not it went near PostgreSQL. It also
// lets the SQLite commands run on a machine without libpq.
namespace schemac::backends::postgres {

// The libpq functions schemac calls, under their own names.
struct Libpq {
  decltype(&::PQconnectdbParams) PQconnectdbParams;
  decltype(&::PQstatus) PQstatus;
  decltype(&::PQerrorMessage) PQerrorMessage;
  decltype(&::PQfinish) PQfinish;
  decltype(&::PQexec) PQexec;
  decltype(&::PQexecParams) PQexecParams;
  decltype(&::PQresultStatus) PQresultStatus;
  decltype(&::PQresultErrorMessage) PQresultErrorMessage;
  decltype(&::PQresultErrorField) PQresultErrorField;
  decltype(&::PQtransactionStatus) PQtransactionStatus;
  decltype(&::PQntuples) PQntuples;
  decltype(&::PQnfields) PQnfields;
  decltype(&::PQfname) PQfname;
  decltype(&::PQgetisnull) PQgetisnull;
  decltype(&::PQgetvalue) PQgetvalue;
  decltype(&::PQgetlength) PQgetlength;
  decltype(&::PQclear) PQclear;
  decltype(&::PQserverVersion) PQserverVersion;
};

// Loads libpq (libpq.so.5) once; later calls answer the same. An Error, saying how to install
// it, when the library or one of its functions cannot be found.
[[nodiscard]] Result<const Libpq*> load_libpq();

// The loaded library. Only for code that runs after load_libpq() succeeded (everything that
// holds a Connection).
[[nodiscard]] const Libpq& libpq();

}  // namespace schemac::backends::postgres
