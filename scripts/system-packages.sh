#!/usr/bin/env bash
# Install the Debian packages a profile needs, only those missing (see shared/platform.md).
#   scripts/system-packages.sh test     Qt offscreen, poppler (PDF checks), PostgreSQL, Xvfb
#   scripts/system-packages.sh window   Qt in a real X window
#   scripts/system-packages.sh dist     building the program folder and checking it
# On a machine without dpkg (Windows, macOS, another Linux) it only says what it would need.
set -euo pipefail

offscreen="libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 libx11-6 fonts-dejavu-core"
window="$offscreen libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 xvfb xauth"

case "${1:-}" in
  test) wanted="$window poppler-utils postgresql" ;;
  window) wanted="$window" ;;
  dist) wanted="$window poppler-utils binutils x11-utils xdotool" ;;
  *) echo "usage: $0 test|window|dist" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  exit 0  # not Debian: the Qt wheels bring what they need on Windows and macOS
fi

missing=()
for package in $wanted; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing system packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "Please install (as root): apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
