#!/usr/bin/env bash
# Installs the Debian packages schemac needs to build and test, only those that are missing
# (apt-get update once, then one apt-get install). Shared by demo.sh and test.sh.
#   scripts/install-deps.sh [--test]     --test adds what the test suite needs (PostgreSQL)
set -euo pipefail

packages=(cmake g++ make pkg-config tao-pegtl-dev libfmt-dev libsqlite3-dev doctest-dev libcli11-dev
          nlohmann-json3-dev libpq-dev libssl-dev sqlite3)
if [ "${1:-}" = "--test" ]; then
  packages+=(postgresql)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "schemac: installing missing packages: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "schemac: error: run as root or install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
