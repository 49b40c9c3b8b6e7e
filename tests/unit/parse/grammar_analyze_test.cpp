// Tests for grammar/prisma.hpp: PEGTL's static analysis finds no rule that can loop without
// consuming input.
#include <doctest/doctest.h>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/prisma.hpp"

TEST_CASE("grammar: analyze finds no infinite loops or left recursion") {
  CHECK(tao::pegtl::analyze<schemac::grammar::schema>(1) == 0);
}
