// SCHEMAC_ASSERT: for bugs, never for input. Aborts with file and line.
#pragma once

#include <cstdio>
#include <cstdlib>

#define SCHEMAC_ASSERT(cond, why)                                                          \
  do {                                                                                     \
    if (!(cond)) {                                                                         \
      std::fprintf(stderr, "schemac: internal error: %s (%s) at %s:%d\n", why, #cond,      \
                   __FILE__, __LINE__);                                                    \
      std::abort();                                                                        \
    }                                                                                      \
  } while (false)
