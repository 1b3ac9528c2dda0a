#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The wrapper of `meson test --setup valgrind` (see tests/meson.build):
#
#   valgrind-run.sh VALGRIND-OPTIONS... -- PROGRAM ARGS...
#
# A test program runs under valgrind with the options. A Python test is not Briefing's code, and
# memcheck would check the interpreter: it runs as it is, and the briefing commands it starts run
# under valgrind instead (tests/test-cli.py reads BRIEFING_TEST_WRAPPER, and takes the exit status
# BRIEFING_TEST_WRAPPER_ERROR as valgrind's report of an error, told apart from briefing's own
# statuses).
set -eu

options=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  options="$options $1"
  shift
done
if [ $# -eq 0 ]; then
  echo "usage: $0 VALGRIND-OPTIONS... -- PROGRAM ARGS..." >&2
  exit 2
fi
shift

case "$(basename "$1")" in
  python*)
    BRIEFING_TEST_WRAPPER="valgrind$options --error-exitcode=99"
    BRIEFING_TEST_WRAPPER_ERROR=99
    export BRIEFING_TEST_WRAPPER BRIEFING_TEST_WRAPPER_ERROR
    exec "$@"
    ;;
esac

# shellcheck disable=SC2086 # the options are words without spaces, split on purpose
exec valgrind $options "$@"
