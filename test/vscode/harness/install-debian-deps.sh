#!/usr/bin/env bash
# Installs the Debian packages the real-editor harness needs, as root:
#   chromium     the headless browser that drives code-server's web workbench
#   libkrb5-dev  headers code-server's native modules compile against
set -euo pipefail
exec bash "$(dirname "$0")/../../../scripts/install-debian-packages.sh" chromium libkrb5-dev
