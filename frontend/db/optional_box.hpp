// OptionalBox moved to support/ when the syntax tree started using it too; this header keeps
// the resolved schema's spelling, db::OptionalBox.
#pragma once

#include "support/optional_box.hpp"

namespace schemac::frontend::db {

using schemac::OptionalBox;

}  // namespace schemac::frontend::db
