#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, builds, runs CTest.
# The last line printed is CTest's summary. Extra arguments go to ctest (e.g. -R format).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --test
./scripts/build.sh
cd build
ctest --output-on-failure -j"$(nproc)" "$@"
