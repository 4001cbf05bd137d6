#!/usr/bin/env bash
# Prepares this machine for `npm run test:e2e`: the Debian packages the end-to-end tests need
# (chromium as the headless client; a C toolchain, libkrb5-dev and ripgrep to install code-server),
# then code-server itself (scripts/install-code-server.sh). Installs only what is missing, so once
# everything is there it is a fast no-op that touches neither apt nor npm.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for p in chromium build-essential python3 pkg-config libkrb5-dev ripgrep; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "setup-e2e: need root to apt-get install ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "setup-e2e: apt-get install ${missing[*]}"
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

bash scripts/install-code-server.sh
