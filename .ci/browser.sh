#!/usr/bin/env bash
# CI: the headless browser the page's browser test (depeche-server PageBrowserIT) drives.
# Installs Debian's chromium and chromium-driver when either is missing; a no-op otherwise.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [[ "$(id -u)" != 0 ]] && command -v sudo >/dev/null 2>&1; then
  sudo=sudo
else
  sudo=
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends chromium chromium-driver
chromium --version
chromedriver --version
