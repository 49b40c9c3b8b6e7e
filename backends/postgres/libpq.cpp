// Loading libpq at run time (backends/postgres/libpq.hpp).
#include "backends/postgres/libpq.hpp"

#include <dlfcn.h>

#include <optional>
#include <string>

#include <fmt/format.h>

#include "support/assert.hpp"

namespace schemac::backends::postgres {

namespace {

// The function `name` of `handle`, cast to the type of `slot`; false when missing.
template <typename F>
bool find(void* handle, const char* name, F& slot) {
  void* symbol = dlsym(handle, name);
  if (symbol == nullptr) {
    return false;
  }
  // POSIX guarantees that a function's address survives the round trip through void*.
  slot = reinterpret_cast<F>(symbol);
  return true;
}

Result<Libpq> open_libpq() {
  void* handle = nullptr;
  std::string reason;
  // The SONAME first (what the libpq5 package installs), then the development symlink.
  for (const char* file : {"libpq.so.5", "libpq.so"}) {
    handle = dlopen(file, RTLD_NOW | RTLD_LOCAL);
    if (handle != nullptr) {
      break;
    }
    const char* error = dlerror();
    if (reason.empty() && error != nullptr) {
      reason = error;
    }
  }
  if (handle == nullptr) {
    return Error{fmt::format(
        "PostgreSQL needs libpq, which is not installed here ({}); on Debian: apt-get install "
        "libpq5",
        reason)};
  }
  Libpq lib{};
  const char* missing = nullptr;
  const auto need = [&](const char* name, auto& slot) {
    if (missing == nullptr && !find(handle, name, slot)) {
      missing = name;
    }
  };
  need("PQconnectdbParams", lib.PQconnectdbParams);
  need("PQstatus", lib.PQstatus);
  need("PQerrorMessage", lib.PQerrorMessage);
  need("PQfinish", lib.PQfinish);
  need("PQexec", lib.PQexec);
  need("PQexecParams", lib.PQexecParams);
  need("PQresultStatus", lib.PQresultStatus);
  need("PQresultErrorMessage", lib.PQresultErrorMessage);
  need("PQresultErrorField", lib.PQresultErrorField);
  need("PQtransactionStatus", lib.PQtransactionStatus);
  need("PQntuples", lib.PQntuples);
  need("PQnfields", lib.PQnfields);
  need("PQfname", lib.PQfname);
  need("PQgetisnull", lib.PQgetisnull);
  need("PQgetvalue", lib.PQgetvalue);
  need("PQgetlength", lib.PQgetlength);
  need("PQclear", lib.PQclear);
  need("PQserverVersion", lib.PQserverVersion);
  if (missing != nullptr) {
    return Error{fmt::format("the installed libpq has no function {}; it is too old for schemac",
                             missing)};
  }
  // Never closed: the functions are used until the process exits.
  return lib;
}

// Loaded at most once; a failure is remembered too, so every caller gets the same answer.
const Result<Libpq>& loaded() {
  static const Result<Libpq> lib = open_libpq();
  return lib;
}

}  // namespace

Result<const Libpq*> load_libpq() {
  const Result<Libpq>& lib = loaded();
  if (!lib) {
    return lib.error();
  }
  return &lib.value();
}

const Libpq& libpq() {
  const Result<Libpq>& lib = loaded();
  SCHEMAC_ASSERT(static_cast<bool>(lib), "libpq() before load_libpq() succeeded");
  return lib.value();
}

}  // namespace schemac::backends::postgres
