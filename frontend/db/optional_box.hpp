// The resolved schema's name for support/optional_box.hpp.
#pragma once

#include "support/optional_box.hpp"

namespace schemac::frontend::db {

using schemac::OptionalBox;

}  // namespace schemac::frontend::db
