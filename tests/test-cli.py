#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The headless command line, run as a user runs it: no display, real files, exit codes and output.

Usage: test-cli.py BRIEFING SOURCE_ROOT

Each tests/data/invalid/NAME.bundle.json has NAME.expected beside it: the exact lines
`briefing validate` must print for it (file name as given on the command line).
"""
import os
import re
import subprocess
import sys
import tempfile
import unittest

BRIEFING = os.path.abspath(sys.argv[1])
ROOT = os.path.abspath(sys.argv[2])
SAMPLE = os.path.join(ROOT, 'data', 'samples', 'istanbul-talks-2025.bundle.json')
INVALID = os.path.join(ROOT, 'tests', 'data', 'invalid')
LOCATED = re.compile(r'^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): ((?P<path>[^ ]+): )?(?P<msg>.+)$')


def run(*args, cwd=None):
    env = dict(os.environ)
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    return subprocess.run([BRIEFING, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


class Validate(unittest.TestCase):
    def test_sample_is_valid(self):
        r = run('validate', SAMPLE)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertRegex(r.stdout, r'^.*istanbul-talks-2025\.bundle\.json: ok — \d+ articles, \d+ events, '
                                   r'\d+ demands, 4 parties\n$')

    def test_quiet(self):
        r = run('validate', '--quiet', SAMPLE)
        self.assertEqual((r.returncode, r.stdout), (0, ''))

    def test_invalid_fixtures(self):
        names = sorted(n[:-len('.bundle.json')] for n in os.listdir(INVALID) if n.endswith('.bundle.json'))
        self.assertGreaterEqual(len(names), 12)
        for name in names:
            with self.subTest(name=name):
                r = run('validate', name + '.bundle.json', cwd=INVALID)
                with open(os.path.join(INVALID, name + '.expected'), encoding='utf-8') as f:
                    expected = f.read()
                self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
                self.assertEqual(r.stdout, expected)
                # Every error line names where: FILE:LINE:COL: PATH: message, or FILE: message when
                # the problem is the file as a whole.
                for line in r.stdout.splitlines():
                    self.assertTrue(LOCATED.match(line) or line.startswith(name + '.bundle.json: '), line)

    def test_deep_nesting(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, 'deep.bundle.json')
            with open(path, 'w') as f:
                f.write('[' * 100000)
            r = run('validate', path)
            self.assertEqual(r.returncode, 1)
            self.assertEqual(r.stdout, path + ':1:65: ' + '[0]' * 64 + ': nested deeper than 64 levels\n')

    def test_size_cap(self):
        r = run('validate', '--max-size=1000', SAMPLE)
        self.assertEqual(r.returncode, 1)
        self.assertIn('too large', r.stdout)

    def test_missing_file(self):
        r = run('validate', '/nonexistent/x.bundle.json')
        self.assertEqual(r.returncode, 1)
        self.assertTrue(r.stdout.startswith('/nonexistent/x.bundle.json: '), r.stdout)

    def test_several_files(self):
        bad = os.path.join(INVALID, 'unknown-party.bundle.json')
        r = run('validate', SAMPLE, bad)
        self.assertEqual(r.returncode, 1)
        self.assertIn(': ok — ', r.stdout)
        self.assertIn('unknown party', r.stdout)

    def test_usage(self):
        self.assertEqual(run('validate').returncode, 2)
        self.assertEqual(run('validate', '--no-such-option', SAMPLE).returncode, 2)
        self.assertEqual(run('validate', '--max-errors=0', SAMPLE).returncode, 2)


class Readme(unittest.TestCase):
    def test_format_example_is_valid(self):
        """The README's example bundle is what the reader accepts, and its output lines are real."""
        with open(os.path.join(ROOT, 'README.md'), encoding='utf-8') as f:
            readme = f.read()
        example = readme.split('A small but complete example:', 1)[1].split('```json\n', 1)[1].split('```', 1)[0]
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, 'example.bundle.json')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(example)
            r = run('validate', path)
            self.assertEqual(r.returncode, 0, r.stdout)
            self.assertEqual(r.stdout, path + ': ok — 1 article, 1 event, 1 demand, 3 parties\n')

    def test_validate_examples_are_real(self):
        with open(os.path.join(ROOT, 'README.md'), encoding='utf-8') as f:
            readme = f.read()
        sample_line = 'data/samples/istanbul-talks-2025.bundle.json: ok — '
        self.assertIn(run('validate', 'data/samples/istanbul-talks-2025.bundle.json', cwd=ROOT).stdout, readme)
        for line in readme.split('exits 1:', 1)[1].split('```\n', 2)[1].splitlines():
            name = line.split(':', 1)[0]
            out = run('validate', name, cwd=INVALID).stdout
            self.assertIn(line + '\n', out)
        self.assertIn(sample_line, readme)


class Help(unittest.TestCase):
    def test_help_without_display(self):
        r = run('--help')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('validate', r.stdout)
        self.assertIn('[FILE…]', r.stdout)

    def test_version_without_display(self):
        r = run('--version')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stdout, r'^Briefing \d+\.\d+\.\d+\n$')

    def test_validate_help(self):
        r = run('validate', '--help')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('--max-size', r.stdout)
        self.assertIn('LINE:COLUMN', r.stdout)


if __name__ == '__main__':
    unittest.main(argv=[sys.argv[0], '-v'])
