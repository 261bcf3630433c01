#!/usr/bin/env bash
# Make sure Debian's chromium and chromium-driver (used by the browser tests) are installed.
# As root, install them when missing; otherwise print the one command to run and fail.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
install="apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver"
if [ "$EUID" -ne 0 ]; then
    echo "chromium and chromium-driver are missing (the browser tests need them); as root run: $install" >&2
    exit 1
fi
echo "installing chromium and chromium-driver (the browser tests need them)" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || {
    echo "chromium/chromedriver still missing after: $install" >&2
    exit 1
}
