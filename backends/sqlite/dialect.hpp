// The SQLite backend, as the registry sees it.
#pragma once

#include "backends/backend.hpp"

namespace schemac::backends::sqlite {

[[nodiscard]] const Backend& sqlite_backend();

}  // namespace schemac::backends::sqlite
