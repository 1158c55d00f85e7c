#!/usr/bin/env bash
# Makes sure a Chromium is there for the real-browser tests and `npm start`: installs Debian's
# package when running as root, else says in one line what to do.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$bin" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium not found at $bin: installing Debian's chromium package..." >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium not found at $bin: install it (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
