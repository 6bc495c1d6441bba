#!/usr/bin/env bash
# Debian packages for the second real LSP client test (Emacs with eglot).
# Run as root; installs only what is missing.
set -euo pipefail
missing=()
for pkg in emacs-nox elpa-eglot; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && { echo "emacs and eglot already installed"; exit 0; }
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
