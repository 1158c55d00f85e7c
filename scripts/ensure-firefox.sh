#!/usr/bin/env bash
# Makes sure a Firefox ESR is there for the Firefox end-to-end test: installs Debian's firefox-esr
# when running as root, else says in one line what to do.
set -euo pipefail
bin="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ -x "$bin" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Firefox not found at $bin: installing Debian's firefox-esr package..." >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends firefox-esr >/dev/null
  exit 0
fi
echo "Firefox not found at $bin: install it (sudo apt-get install firefox-esr) or set FIREFOX_PATH to a Firefox binary." >&2
exit 1
