#!/usr/bin/env bash
# Installs the Debian packages named on the command line, as root. Idempotent:
# does nothing (and no apt-get update) when they are all installed.
# Used by .ci/run and by test/vscode/harness/install-debian-deps.sh.
set -euo pipefail

packages=("$@")
missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-debian-packages: already installed: ${packages[*]}"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-debian-packages: missing ${missing[*]}; run this script as root" >&2
  exit 1
fi

echo "install-debian-packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-debian-packages: done"
