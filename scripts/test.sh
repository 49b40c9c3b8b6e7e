#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, builds, runs CTest.
# The last line printed is CTest's summary.
#   scripts/test.sh [CTEST_ARGS...]              Release build in build/
#   scripts/test.sh --sanitize [CTEST_ARGS...]   AddressSanitizer + UBSan build in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --test
if [ "${1:-}" = "--sanitize" ]; then
  shift
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSCHEMAC_SANITIZE=ON >/dev/null
  cmake --build build-asan -j"$(nproc)"
  cd build-asan
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  ./scripts/build.sh
  cd build
fi
ctest --output-on-failure -j"$(nproc)" "$@"
