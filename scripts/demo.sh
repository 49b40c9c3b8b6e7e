#!/usr/bin/env bash
# The main job on the bundled example project: installs what is missing, builds schemac, then
# validates examples/blog/schema.prisma and prints the tables schemac derives from it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh schemac
echo
echo "\$ build/schemac validate examples/blog/schema.prisma"
build/schemac validate examples/blog/schema.prisma
echo
echo "\$ build/schemac ir --summary examples/blog/schema.prisma"
build/schemac ir --summary examples/blog/schema.prisma
