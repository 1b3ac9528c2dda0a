#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The wrapper of `meson test --setup valgrind` (see tests/meson.build):
#
#   valgrind-run.sh BUILD-ROOT VALGRIND-OPTIONS... -- PROGRAM ARGS...
#
# A program built in BUILD-ROOT (a test program of Briefing) runs under valgrind with the options.
# Any other program is not Briefing's code and runs as it is: the Python tests (memcheck would check
# the interpreter), and the validators of the data files (xmllint, appstreamcli, …). The briefing
# commands a Python test starts run under valgrind instead: tests/test-cli.py reads
# BRIEFING_TEST_WRAPPER, and takes the exit status BRIEFING_TEST_WRAPPER_ERROR as valgrind's report of
# an error, told apart from briefing's own statuses.
set -eu

build_root=$1
shift
options=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  options="$options $1"
  shift
done
if [ $# -le 1 ]; then
  echo "usage: $0 BUILD-ROOT VALGRIND-OPTIONS... -- PROGRAM ARGS..." >&2
  exit 2
fi
shift

case "$1" in
  "$build_root"/*)
    # shellcheck disable=SC2086 # the options are words without spaces, split on purpose
    exec valgrind $options "$@"
    ;;
esac

BRIEFING_TEST_WRAPPER="valgrind$options --error-exitcode=99"
BRIEFING_TEST_WRAPPER_ERROR=99
export BRIEFING_TEST_WRAPPER BRIEFING_TEST_WRAPPER_ERROR
exec "$@"
