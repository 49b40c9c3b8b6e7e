// The PostgreSQL backend, as the registry sees it.
#pragma once

#include "backends/backend.hpp"

namespace schemac::backends::postgres {

[[nodiscard]] const Backend& postgres_backend();

}  // namespace schemac::backends::postgres
