#!/usr/bin/env bash
# Installs what faktaark needs on a fresh Debian machine (`--test` adds what the tests need): the native build dependencies of `canvas`
# (it has no reachable prebuilt binary and compiles from source), poppler-utils for the PDF tests,
# then the npm packages. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

debs=(build-essential pkg-config libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev poppler-utils qpdf)
# The tests also drive a real browser (Debian's Chromium; no browser download) through the adviser web page.
[ "${1:-}" = "--test" ] && debs+=(chromium)
missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "faktaark setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# `npm install` rather than `npm ci`: npm 11 reports biome's platform packages that the registry does not serve
# as missing from the lock file and refuses `ci`; install keeps to the locked versions all the same.
if [ ! -f node_modules/canvas/build/Release/canvas.node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-fund --no-audit
fi
npm run build --silent
