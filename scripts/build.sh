#!/usr/bin/env bash
# Configures and builds schemac in build/ (Release).
#   scripts/build.sh                 everything: the program, the tests, the benchmarks
#   scripts/build.sh schemac         only the named targets
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
if [ $# -gt 0 ]; then
  cmake --build build -j"$(nproc)" --target "$@"
else
  cmake --build build -j"$(nproc)"
fi
