#!/usr/bin/env bash
# Installs every Debian package storyline needs to build and run (no arguments), and what the
# tests (--test) and the benchmarks (--bench) need on top. Idempotent and non-interactive; run as
# root (or with sudo available).
#   --test   Chromium for the browser tests of the web UI, and their npm packages
#            (tests/browser/package-lock.json, installed with `npm ci`)
#   --bench  wrk for the HTTP load test (bench/load)
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake pkg-config git python3
  libsqlite3-dev zlib1g-dev libxml2-dev libicu-dev
  libcli11-dev nlohmann-json3-dev libxxhash-dev libre2-dev libexpected-dev
  libgtest-dev libgmock-dev
  iso-codes
  libcpp-httplib-dev
)
want_test=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1; PACKAGES+=(chromium fonts-dejavu-core) ;;
    --bench) PACKAGES+=(wrk) ;;
    *) echo "setup: unknown option $arg (use --test, --bench)" >&2; exit 2 ;;
  esac
done
# The browser tests run on Node.js; use the machine's own when it has one.
if [ "$want_test" = 1 ] && ! command -v npm >/dev/null 2>&1; then PACKAGES+=(nodejs npm); fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages already installed"
else
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "$want_test" = 1 ]; then
  # Exactly the versions in the lockfile; no browser download (Debian's Chromium is used).
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
fi
