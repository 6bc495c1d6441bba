#!/usr/bin/env bash
# Installs the Debian packages the real-editor harness needs, as root:
#   chromium     the headless browser that drives code-server's web workbench
#   libkrb5-dev  headers code-server's native modules compile against
# Idempotent: does nothing (and no apt-get update) when both are installed.
set -euo pipefail

packages=(chromium libkrb5-dev)
missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-debian-deps: already installed: ${packages[*]}"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-debian-deps: missing ${missing[*]}; run this script as root" >&2
  exit 1
fi

echo "install-debian-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-debian-deps: done"
