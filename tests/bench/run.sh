#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark and prints the table of figures and targets (see run.py):
#   meson compile -C build bench && tests/bench/run.sh build [--quick]
build="${1:-build}"
[ $# -gt 0 ] && shift
exec python3 "$(dirname "$0")/run.py" "$build" "$@"
