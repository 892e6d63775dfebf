#!/usr/bin/env bash
# Installs every Debian package storyline needs to build, test and benchmark.
# Idempotent and non-interactive; run as root (or with sudo available).
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config git python3
  libsqlite3-dev zlib1g-dev libxml2-dev libicu-dev
  libcli11-dev nlohmann-json3-dev libxxhash-dev libre2-dev libexpected-dev
  libgtest-dev libgmock-dev
  iso-codes
  libcpp-httplib-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "setup: installing ${missing[*]}"
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
