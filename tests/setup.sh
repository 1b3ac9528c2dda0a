#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian/Ubuntu packages Briefing needs that are missing, then configures and builds
# it in build/. Safe to run again: it installs nothing that is there and reuses the build folder.
#
#   tests/setup.sh                      # as yourself; sudo is used only to install packages
#   BRIEFING_MESON_ARGS=-Dwerror=true tests/setup.sh
set -eu

cd "$(dirname "$0")/.."

packages="
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libgtk-4-dev libjson-glib-dev libsoup-3.0-dev libxml2-dev
  fonts-dejavu-core fonts-dejavu-extra
  xvfb xauth poppler-utils appstream desktop-file-utils libxml2-utils python3 python3-jsonschema
  clang
  libclang-rt-dev
"

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -n "$missing" ]; then
  echo "Installing:$missing"
  if [ "$(id -u)" -eq 0 ]; then
    sudo=""
  else
    sudo="sudo"
  fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
fi

if [ -f build/build.ninja ]; then
  meson setup --reconfigure build ${BRIEFING_MESON_ARGS:-} >/dev/null
else
  meson setup build ${BRIEFING_MESON_ARGS:-}
fi
meson compile -C build
