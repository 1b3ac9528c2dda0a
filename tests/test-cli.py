#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The headless command line, run as a user runs it: no display, real files, exit codes and output.

Usage: test-cli.py BRIEFING SOURCE_ROOT

Each tests/data/invalid/NAME.bundle.json has NAME.expected beside it: the exact lines
`briefing validate` must print for it (file name as given on the command line).
"""
import ast
import functools
import http.server
import importlib.util
import json
import os
import re
import shlex
import stat
import subprocess
import sys
import tempfile
import threading
import unicodedata
import unittest

BRIEFING = os.path.abspath(sys.argv[1])
ROOT = os.path.abspath(sys.argv[2])
SAMPLE = os.path.join(ROOT, 'data', 'samples', 'istanbul-talks-2025.bundle.json')
INVALID = os.path.join(ROOT, 'tests', 'data', 'invalid')
MINIMAL = os.path.join(ROOT, 'tests', 'data', 'minimal.bundle.json')
ANNOTATIONS = os.path.join(ROOT, 'tests', 'data', 'annotations')
EVERY_KIND = os.path.join(ANNOTATIONS, 'every-kind.json')
ANNOTATIONS_SCHEMA = os.path.join(ROOT, 'data', 'annotations.schema.json')
BRIEFING_SCHEMA = os.path.join(ROOT, 'data', 'briefing.schema.json')
LINGUAS = os.path.join(ROOT, 'po', 'LINGUAS')
IMPORT_CORPUS = os.path.join(ROOT, 'tests', 'data', 'import')
EXTRACT_CORPUS = os.path.join(ROOT, 'tests', 'data', 'extract')
BUNDLE_SCHEMA = os.path.join(ROOT, 'data', 'bundle.schema.json')
SEED = '/work/shared/seeds/istanbul-talks-2025-06-02.txt'
LOCATED = re.compile(r'^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): ((?P<path>[^ ]+): )?(?P<msg>.+)$')


# Under `meson test --setup valgrind`, briefing runs under valgrind (see tests/valgrind-run.sh): slower,
# and with its own exit status for what memcheck finds.
WRAPPER = shlex.split(os.environ.get('BRIEFING_TEST_WRAPPER', ''))
WRAPPER_ERROR = int(os.environ.get('BRIEFING_TEST_WRAPPER_ERROR', '-1000'))
TIMEOUT = 60 * (20 if WRAPPER else 1)


def briefing(args, **kwargs):
    """Runs briefing with ARGS as subprocess.run() does; fails on what valgrind reports."""
    r = subprocess.run([*WRAPPER, BRIEFING, *args], capture_output=True, text=True, timeout=TIMEOUT, **kwargs)
    if WRAPPER and r.returncode == WRAPPER_ERROR:
        raise AssertionError(f'valgrind found errors in briefing {" ".join(args)}:\n{r.stderr}')
    return r


def run(*args, cwd=None, data_home=None):
    env = dict(os.environ)
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    if data_home is not None:
        env['XDG_DATA_HOME'] = data_home
    # The test servers are on this computer: no proxy stands between.
    for name in ('http_proxy', 'https_proxy', 'all_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY'):
        env.pop(name, None)
    return briefing(args, cwd=cwd, env=env)


def annotations_validator():
    """The schema validator of check-annotations.py, with ECMA 262 patterns."""
    spec = importlib.util.spec_from_file_location("check_bundles", os.path.join(ROOT, 'tests', 'check-bundles.py'))
    check_bundles = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check_bundles)
    with open(ANNOTATIONS_SCHEMA, encoding='utf-8') as f:
        schema = json.load(f)
    check_bundles.Validator.check_schema(schema)
    return check_bundles.Validator(schema)


def briefing_checker():
    """tests/check-briefing.py as a module: the schema validator and the rules it cannot say."""
    spec = importlib.util.spec_from_file_location("check_briefing", os.path.join(ROOT, 'tests', 'check-briefing.py'))
    check_briefing = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check_briefing)
    with open(BRIEFING_SCHEMA, encoding='utf-8') as f:
        schema = json.load(f)
    validator = check_briefing.check_bundles.Validator(schema)
    return lambda path: check_briefing.check_file(path, validator)


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


class Annotations(unittest.TestCase):
    """briefing annotations export|import, with the store in a temporary $XDG_DATA_HOME."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        self.data_home = os.path.join(self.tmp.name, 'data')
        self.store_dir = os.path.join(self.data_home, 'org.briefing.Briefing', 'annotations')
        self.store = os.path.join(self.store_dir, 'example-talks.annotations.json')

    def run_annotations(self, *args):
        return run('annotations', *args, data_home=self.data_home)

    def export(self):
        r = self.run_annotations('export', MINIMAL, '-o', '-')
        self.assertEqual((r.returncode, r.stderr), (0, ''))
        return json.loads(r.stdout)

    def test_import_then_export(self):
        r = self.run_annotations('import', MINIMAL, EVERY_KIND)
        self.assertEqual((r.returncode, r.stdout, r.stderr), (0, '6 added, 0 updated\n', ''))
        self.assertEqual(stat.S_IMODE(os.stat(self.store).st_mode), 0o600)

        path = os.path.join(self.tmp.name, 'out.json')
        r = self.run_annotations('export', MINIMAL, '-o', path)
        self.assertEqual((r.returncode, r.stdout), (0, f'6 annotations written to {path}\n'), r.stderr)
        with open(path, encoding='utf-8') as f:
            exported = json.load(f)
        with open(EVERY_KIND, encoding='utf-8') as f:
            self.assertEqual(exported, json.load(f))
        self.assertEqual(list(annotations_validator().iter_errors(exported)), [])
        self.assertEqual(self.export(), exported)

    def test_import_twice(self):
        self.assertEqual(self.run_annotations('import', MINIMAL, EVERY_KIND).stdout, '6 added, 0 updated\n')
        r = self.run_annotations('import', MINIMAL, EVERY_KIND)
        self.assertEqual((r.returncode, r.stdout), (0, '0 added, 0 updated\n'))
        with open(self.store, encoding='utf-8') as f:
            stored = json.load(f)
        ids = [a['id'] for a in stored['annotations']]
        self.assertEqual(len(ids), 6)
        self.assertEqual(len(set(ids)), 6)

    def test_newer_copy_updates(self):
        self.run_annotations('import', MINIMAL, EVERY_KIND)
        with open(EVERY_KIND, encoding='utf-8') as f:
            document = json.load(f)
        item = document['first']['items'][2]
        item['modified'] = '2025-07-01T09:00:00Z'
        item['body'][0]['value'] = 'Borduria answered on 1 July.'
        path = os.path.join(self.tmp.name, 'newer.json')
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(item, f)
        r = self.run_annotations('import', MINIMAL, path)
        self.assertEqual((r.returncode, r.stdout), (0, '0 added, 1 updated\n'))
        self.assertEqual(self.export()['first']['items'][2], item)

    def test_export_without_annotations(self):
        exported = self.export()
        self.assertEqual(exported['type'], 'AnnotationCollection')
        self.assertEqual((exported['total'], exported['first']['items']), (0, []))
        self.assertEqual(list(annotations_validator().iter_errors(exported)), [])
        self.assertFalse(os.path.exists(self.store))

    def test_bad_files(self):
        names = sorted(os.listdir(os.path.join(ANNOTATIONS, 'invalid')))
        self.assertGreaterEqual(len(names), 7)
        self.run_annotations('import', MINIMAL, EVERY_KIND)
        with open(self.store, 'rb') as f:
            before = f.read()
        for name in names:
            with self.subTest(name=name):
                path = os.path.join(ANNOTATIONS, 'invalid', name)
                r = self.run_annotations('import', MINIMAL, path)
                self.assertEqual((r.returncode, r.stdout), (1, ''))
                self.assertRegex(r.stderr, '^' + re.escape(path) + r':\d+:\d+: first\.items\[0\]\S*: .+\n$')
        # Nothing of them was merged.
        with open(self.store, 'rb') as f:
            self.assertEqual(f.read(), before)

    def test_not_json(self):
        path = os.path.join(self.tmp.name, 'broken.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write('{\n  "type": "Annotation",\n  "id": [1, 2,]\n}\n')
        r = self.run_annotations('import', MINIMAL, path)
        self.assertEqual(r.returncode, 1)
        self.assertEqual(r.stderr, path + ':3:15: id[2]: unexpected “]”, expected a value\n')

    def test_other_bundle(self):
        with open(EVERY_KIND, encoding='utf-8') as f:
            item = json.load(f)['first']['items'][0]
        item['target']['source'] = 'urn:briefing:istanbul-talks-2025:article:art1'
        path = os.path.join(self.tmp.name, 'other.json')
        with open(path, 'w', encoding='utf-8') as f:
            json.dump([item], f, indent=2)
        r = self.run_annotations('import', MINIMAL, path)
        self.assertEqual(r.returncode, 1)
        self.assertRegex(r.stderr, r':\d+:\d+: \[0\]\.target\.source: belongs to bundle “istanbul-talks-2025”, '
                                   r'not “example-talks”\n$')

    def test_unreadable_store_is_kept(self):
        os.makedirs(self.store_dir)
        with open(self.store, 'w', encoding='utf-8') as f:
            f.write('not JSON at all')
        r = self.run_annotations('export', MINIMAL, '-o', '-')
        self.assertEqual((r.returncode, r.stdout), (1, ''))
        moved = [n for n in os.listdir(self.store_dir) if '.corrupt-' in n]
        self.assertEqual(len(moved), 1)
        self.assertIn(moved[0], r.stderr)
        with open(os.path.join(self.store_dir, moved[0]), encoding='utf-8') as f:
            self.assertEqual(f.read(), 'not JSON at all')

    def test_invalid_bundle(self):
        bad = os.path.join(INVALID, 'unknown-party.bundle.json')
        r = self.run_annotations('import', bad, EVERY_KIND)
        self.assertEqual(r.returncode, 1)
        self.assertIn('unknown party', r.stderr)
        self.assertFalse(os.path.exists(self.store))

    def test_usage(self):
        for args in (('annotations',), ('annotations', 'frob'), ('annotations', 'export', MINIMAL),
                     ('annotations', 'import', MINIMAL), ('annotations', 'export', '--bogus', MINIMAL)):
            with self.subTest(args=args):
                self.assertEqual(run(*args, data_home=self.data_home).returncode, 2)

    def test_help(self):
        r = self.run_annotations('--help')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('briefing annotations import BUNDLE FILE', r.stdout)
        self.assertIn(self.store_dir, r.stdout)
        for command in ('export', 'import'):
            r = self.run_annotations(command, '--help')
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn('W3C Web Annotation', r.stdout)


class Export(unittest.TestCase):
    """briefing export, with the user's annotations in a temporary $XDG_DATA_HOME."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        self.data_home = os.path.join(self.tmp.name, 'data')

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def export(self, *args, bundle=SAMPLE):
        return run('export', bundle, '--date', '2025-07-25', *args, data_home=self.data_home)

    def export_json(self, *args):
        r = self.export('--format', 'json', '-o', '-', *args)
        self.assertEqual((r.returncode, r.stderr), (0, ''))
        return json.loads(r.stdout)

    def annotate(self):
        """A highlight on the third round's article, imported as a user would."""
        highlight = {
            'id': 'urn:uuid:4d1f6a52-2f0a-4c55-9d52-8f8a9e0a0c01',
            'type': 'Annotation',
            'motivation': 'highlighting',
            'created': '2025-07-24T09:00:00Z',
            'modified': '2025-07-24T09:00:00Z',
            'body': [{'type': 'TextualBody', 'purpose': 'commenting', 'value': 'Third swap *in a row*.',
                      'format': 'text/plain'}],
            'target': {'source': 'urn:briefing:istanbul-talks-2025:article:a-round3',
                       'selector': [{'type': 'TextQuoteSelector',
                                     'exact': 'a further exchange of 1,200 prisoners on each side'}]},
            'briefing:color': 'yellow',
        }
        question = {
            'id': 'urn:uuid:4d1f6a52-2f0a-4c55-9d52-8f8a9e0a0c02',
            'type': 'Annotation',
            'motivation': 'questioning',
            'created': '2025-07-24T09:01:00Z',
            'modified': '2025-07-24T09:01:00Z',
            'body': [{'type': 'TextualBody', 'purpose': 'commenting', 'value': 'A fourth round?',
                      'format': 'text/plain'}],
            'target': {'source': 'urn:briefing:istanbul-talks-2025'},
            'briefing:owner': 'ru',
            'briefing:deadline': '2025-07-01',
        }
        path = self.path('mine.json')
        with open(path, 'w', encoding='utf-8') as f:
            json.dump([highlight, question], f)
        r = run('annotations', 'import', SAMPLE, path, data_home=self.data_home)
        self.assertEqual((r.returncode, r.stdout), (0, '2 added, 0 updated\n'), r.stderr)

    def test_json_to_file(self):
        self.annotate()
        out = self.path('istanbul.briefing.json')
        r = self.export('-o', out, '--prepared-by', 'Desk A', '--summary', 'Humanitarian track only.')
        self.assertEqual((r.returncode, r.stdout, r.stderr), (0, f'Wrote {out} (9 events, 6 sources)\n', ''))
        self.assertEqual(briefing_checker()(out), [])
        with open(out, encoding='utf-8') as f:
            doc = json.load(f)
        self.assertEqual((doc['format'], doc['version'], doc['date']), ('briefing', 1, '2025-07-25'))
        self.assertEqual(doc['preparedBy'], 'Desk A')
        self.assertEqual(doc['bottomLine']['summary'], 'Humanitarian track only.')
        self.assertIn('1,200', doc['bottomLine']['statements'][0]['text'])
        self.assertEqual(len(doc['timeline']), 9)
        self.assertEqual((doc['positions']['at'], doc['positions']['since']), ('e-leaders-august', 'e-round3'))
        self.assertEqual([s['number'] for s in doc['sources']], list(range(1, 7)))
        item = doc['annotations']['groups'][0]['items'][0]
        self.assertEqual((doc['annotations']['groupBy'], item['briefing:source']), ('color', 1))
        self.assertEqual(doc['questions'][0]['briefing:ownerName'], 'Russia')
        self.assertTrue(doc['questions'][0]['briefing:overdue'])
        # The same again, byte for byte.
        with open(out, 'rb') as f:
            first = f.read()
        self.export('-o', out, '--prepared-by', 'Desk A', '--summary', 'Humanitarian track only.')
        with open(out, 'rb') as f:
            self.assertEqual(f.read(), first)
        self.assertEqual(self.export_json('--prepared-by', 'Desk A', '--summary', 'Humanitarian track only.'), doc)

    def test_sections_and_period(self):
        doc = self.export_json('--sections', 'timeline,sources', '--from', '2025-05', '--to', '2025-05')
        self.assertEqual(doc['sections'], ['timeline', 'sources'])
        self.assertNotIn('bottomLine', doc)
        self.assertNotIn('subject', doc)
        self.assertEqual([e['id'] for e in doc['timeline']], ['e-round1', 'e-exchange-may'])
        self.assertEqual(doc['period'], {'start': '2025-05-16', 'end': '2025-05-25'})
        self.assertEqual([s['article'] for s in doc['sources']], ['a-round1', 'a-exchange'])

    def test_filters(self):
        doc = self.export_json('--parties', 'ru', '--events', 'e-round2,e-round3', '--group-by', 'tag',
                               '--title', 'Russia at rounds 2 and 3')
        self.assertEqual(doc['title'], 'Russia at rounds 2 and 3')
        self.assertEqual([p['id'] for p in doc['parties']], ['ru'])
        self.assertEqual([e['id'] for e in doc['timeline']], ['e-round2', 'e-round3'])
        self.assertEqual([p['party'] for p in doc['positions']['parties']], ['ru'])
        self.assertEqual(doc['annotations']['groupBy'], 'tag')

    def test_timelinejs(self):
        out = self.path('istanbul.timeline.json')
        r = self.export('-o', out)
        self.assertEqual((r.returncode, r.stdout), (0, f'Wrote {out} (9 events, 6 sources)\n'), r.stderr)
        with open(out, encoding='utf-8') as f:
            timeline = json.load(f)
        r = self.export('--format', 'timelinejs', '-o', '-')
        self.assertEqual(json.loads(r.stdout), timeline)
        self.assertTrue(timeline['title']['text']['headline'])
        ids = [e['unique_id'] for e in timeline['events']]
        self.assertEqual(len(ids), 9)
        self.assertEqual(len(set(ids)), 9)
        for event in timeline['events']:
            for key in ('start_date', 'end_date'):
                if key in event:
                    self.assertTrue(str(event[key]['year']).isdigit(), event)
            self.assertTrue(event['text']['headline'])

    def test_markdown(self):
        self.annotate()
        out = self.path('notes.md')
        r = self.export('-o', out, '--prepared-by', 'Desk "A"')
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(out, encoding='utf-8') as f:
            markdown = f.read()
        self.assertEqual(self.export('--format', 'markdown', '-o', '-', '--prepared-by', 'Desk "A"').stdout, markdown)
        self.assertTrue(markdown.startswith('---\ntitle: "Istanbul talks 2025 (Russia–Ukraine)"\n'))
        front = markdown.split('---\n')[1]
        self.assertIn('prepared_by: "Desk \\"A\\""\n', front)
        self.assertIn('\n## Key point\n\n> a further exchange of 1,200 prisoners on each side\n\n'
                      'Third swap \\*in a row\\*.\n\n— *Third Istanbul round', markdown)
        self.assertIn('\n## Open questions and deadlines\n\n- **A fourth round?** — Owner: Russia — '
                      'Deadline: 1 July 2025 (**overdue**)\n', markdown)
        self.assertIn('\n## Sources\n\n1. *', markdown)

    def test_pdf(self):
        self.annotate()
        out = self.path('istanbul.pdf')
        r = self.export('-o', out, '--prepared-by', 'Desk A')
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(out, 'rb') as f:
            pdf = f.read()
        pages = len(re.findall(rb'/Type\s*/Page\b(?!s)', pdf))
        self.assertEqual(r.stdout, f'Wrote {out} ({pages} pages)\n')
        self.assertTrue(pdf.startswith(b'%PDF-'))
        self.assertGreater(pages, 1)
        # --date fixes the creation date too: the same bytes again.
        self.export('-o', out, '--prepared-by', 'Desk A')
        with open(out, 'rb') as f:
            self.assertEqual(f.read(), pdf)
        r = self.export('--format', 'pdf', '--paper', 'letter', '--sections', 'cover,bottom-line', '-o',
                        self.path('short'))
        with open(self.path('short'), 'rb') as f:
            short = f.read()
        self.assertIn(b'/MediaBox [ 0 0 612 792 ]', short)
        self.assertLess(len(re.findall(rb'/Type\s*/Page\b(?!s)', short)), pages)
        self.assertRegex(r.stdout, r'^Wrote .*short \(\d+ pages?\)\n$')

    def test_usage_errors(self):
        out = self.path('x.json')
        for args, message in (
                (('--format', 'docx', '-o', out), 'unknown format “docx”'),
                (('--sections', 'cover,appendix', '-o', out), 'Unknown section “appendix”'),
                (('--from', '2025-13', '-o', out), '--from: '),
                (('--from', '2025-07', '--to', '2025-06', '-o', out), '--from is after --to'),
                (('--parties', 'xx', '-o', out), 'the bundle has no party “xx”'),
                (('--events', 'e-nope', '-o', out), 'the bundle has no event “e-nope”'),
                (('--paper', 'a5', '-o', out), 'unknown paper size “a5”'),
                (('--group-by', 'mood', '-o', out), 'unknown grouping “mood”'),
                (('-o', '-'), 'a PDF cannot be written to the standard output'),
                ((), 'export needs a bundle and -o FILE'),
                (('--bogus', '-o', out), 'Unknown option --bogus')):
            with self.subTest(args=args):
                r = self.export(*args)
                self.assertEqual((r.returncode, r.stdout), (2, ''))
                self.assertIn(message, r.stderr)
                self.assertFalse(os.path.exists(out))

    def test_errors(self):
        bad = os.path.join(INVALID, 'unknown-party.bundle.json')
        r = self.export('-o', self.path('x.json'), bundle=bad)
        self.assertEqual((r.returncode, r.stdout), (1, ''))
        self.assertIn('unknown party', r.stderr)
        r = self.export('-o', self.path('missing/x.briefing.json'))
        self.assertEqual((r.returncode, r.stdout), (1, ''))
        self.assertTrue(r.stderr.startswith('briefing: '), r.stderr)

    def test_help(self):
        r = run('export', '--help')
        self.assertEqual(r.returncode, 0, r.stderr)
        for option in ('--format', '--sections', '--from', '--to', '--paper', '--group-by', '--date'):
            self.assertIn(option, r.stdout)



def read_po(path):
    """(msgctxt, msgid) → the msgstr forms of a .po file, read independently of gettext's tools."""
    entries, entry, key = {}, {}, None

    def flush():
        if 'msgid' in entry and entry['msgid']:
            forms = [entry[k] for k in sorted(entry) if k.startswith('msgstr')]
            entries[(entry.get('msgctxt'), entry['msgid'])] = forms
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line:
                flush()
                entry, key = {}, None
            elif line.startswith('#'):
                continue
            elif line.startswith('"'):
                entry[key] += ast.literal_eval(line)
            else:
                key, value = line.split(' ', 1)
                entry[key] = ast.literal_eval(value)
    flush()
    return entries


BIDI_CONTROLS = re.compile('[\u200e\u200f\u202a-\u202e\u2066-\u2069\\s]+')
LAM_ALEF = re.compile('\u0644([\u0622\u0623\u0625\u0627])')


def plain(text):
    """Text as compared across a PDF's extraction: presentation forms folded, spaces and direction
    marks dropped, and lam-alef in the order pdftotext gives its ligature (alef first)."""
    text = BIDI_CONTROLS.sub('', unicodedata.normalize('NFKC', text))
    return LAM_ALEF.sub('\\1\u0644', text)


class Languages(unittest.TestCase):
    """briefing export --lang: a briefing's words in its own language, whatever the interface's."""

    SECTIONS = ('Bottom line', 'Timeline', 'Positions', 'Open questions and deadlines', 'Sources')

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        with open(LINGUAS, encoding='utf-8') as f:
            self.languages = f.read().split()

    def export(self, *args, language='en'):
        env = dict(os.environ, LANGUAGE=language, XDG_DATA_HOME=os.path.join(self.tmp.name, 'data'))
        env.pop('DISPLAY', None)
        return briefing(['export', SAMPLE, '--date', '2025-07-25', *args], env=env)

    def pdf_text(self, path):
        r = subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True, check=True)
        return plain(r.stdout)

    def test_every_language(self):
        self.assertEqual(sorted(self.languages), ['ar', 'de', 'fr', 'ru', 'tr', 'uk'])
        english = self.pdf_text(self.export_pdf('en'))
        for language in self.languages:
            with self.subTest(language=language):
                po = read_po(os.path.join(ROOT, 'po', language + '.po'))
                text = self.pdf_text(self.export_pdf(language))
                differ = 0
                for title in self.SECTIONS:
                    translation = po[('briefing section', title)][0]
                    self.assertIn(plain(translation), text, title)
                    if translation != title:  # "Positions", "Sources" are French too
                        differ += 1
                        self.assertNotIn(plain(title), text)
                self.assertGreaterEqual(differ, 3)
                # Status words and month names too; the articles' words stay as written.
                self.assertIn(plain(po[('outcome', 'Agreed')][0]), text)
                self.assertIn(plain(po[('month name in a date', 'July')][0]), text)
                self.assertIn(plain('Dolmabahçe Palace'), text)
                self.assertIn(plain('Dolmabahçe Palace'), english)

    def export_pdf(self, language, interface='en'):
        out = os.path.join(self.tmp.name, language + '.pdf')
        r = self.export('--lang', language, '-o', out, language=interface)
        self.assertEqual(r.returncode, 0, r.stderr)
        return out

    def test_interface_keeps_its_language(self):
        """The messages speak the interface's language; the briefing its own."""
        uk = read_po(os.path.join(ROOT, 'po', 'uk.po'))
        out = os.path.join(self.tmp.name, 'en.pdf')
        r = self.export('--lang', 'en', '-o', out, language='uk')
        self.assertEqual(r.returncode, 0, r.stderr)
        wrote = uk[(None, 'Wrote %s (%s)\n')][0]
        self.assertTrue(r.stdout.startswith(wrote.split('%s')[0]), r.stdout)
        text = self.pdf_text(out)
        self.assertIn(plain('Bottom line'), text)
        self.assertNotIn(plain(uk[('briefing section', 'Bottom line')][0]), text)

    def test_json_says_its_language(self):
        r = self.export('--lang', 'tr', '--format', 'json', '-o', '-')
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = json.loads(r.stdout)
        self.assertEqual(doc['language'], 'tr')
        tr = read_po(os.path.join(ROOT, 'po', 'tr.po'))
        self.assertIn(tr[('bottom line', 'Agreed: %s.')][0].split('%s')[0], doc['bottomLine']['statements'][0]['text'])
        r = self.export('--format', 'json', '-o', '-')
        self.assertNotIn('language', json.loads(r.stdout))

    def test_unknown_language(self):
        out = os.path.join(self.tmp.name, 'x.pdf')
        r = self.export('--lang', 'xx', '-o', out)
        self.assertEqual((r.returncode, r.stdout), (2, ''))
        self.assertIn('“xx”', r.stderr)
        self.assertIn('uk', r.stderr)
        self.assertFalse(os.path.exists(out))


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the tests' data folder; /page.bundle.json is a web page where a bundle should be."""
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, '.json': 'application/json'}

    def do_GET(self):
        if self.path == '/page.bundle.json':
            body = b'<!DOCTYPE html><html><body>Please log in</body></html>'
            self.send_response(200)
            self.send_header('Content-Type', 'text/html')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, *args):
        pass


class FromUrl(unittest.TestCase):
    """Bundles given by an http:// address, from a server on 127.0.0.1, as the command line sees them."""

    @classmethod
    def setUpClass(cls):
        handler = functools.partial(Handler, directory=os.path.join(ROOT, 'tests', 'data'))
        cls.server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)
        cls.base = 'http://127.0.0.1:%d' % cls.server.server_address[1]
        cls.thread = threading.Thread(target=cls.server.serve_forever, daemon=True)
        cls.thread.start()

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()

    def test_valid(self):
        url = self.base + '/minimal.bundle.json'
        r = run('validate', url)
        self.assertEqual((r.returncode, r.stdout), (0, url + ': ok — 1 article, 1 event, 1 demand, 3 parties\n'))

    def test_invalid_fixtures(self):
        """Problems are those of the file, line:column and path alike, named by the address."""
        for name in ('several-errors', 'syntax-error', 'unknown-party'):
            if not os.path.exists(os.path.join(INVALID, name + '.bundle.json')):
                continue
            with self.subTest(name=name):
                url = self.base + '/invalid/' + name + '.bundle.json'
                r = run('validate', url)
                with open(os.path.join(INVALID, name + '.expected'), encoding='utf-8') as f:
                    expected = f.read().replace(name + '.bundle.json', url)
                self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
                self.assertEqual(r.stdout, expected)
                for line in r.stdout.splitlines():
                    self.assertTrue(line.startswith(url + ':'), line)

    def test_not_found(self):
        url = self.base + '/nothing.bundle.json'
        r = run('validate', url)
        self.assertEqual(r.returncode, 1)
        host = '127.0.0.1:%d' % self.server.server_address[1]
        self.assertEqual(r.stdout.splitlines()[0][:len(url) + 2], url + ': ')
        self.assertIn(host + ' answered 404', r.stdout)

    def test_web_page(self):
        r = run('validate', self.base + '/page.bundle.json')
        self.assertEqual(r.returncode, 1)
        self.assertIn('sent a web page (text/html), not a bundle (JSON)', r.stdout)

    def test_size_cap(self):
        r = run('validate', '--max-size=100', self.base + '/minimal.bundle.json')
        self.assertEqual(r.returncode, 1)
        self.assertIn('is too large', r.stdout)

    def test_refused_and_scheme(self):
        with socket_port() as port:
            url = 'http://127.0.0.1:%d/x.bundle.json' % port
        r = run('validate', url, 'ftp://127.0.0.1/x.bundle.json')
        self.assertEqual(r.returncode, 1)
        lines = r.stdout.splitlines()
        self.assertEqual(len(lines), 2, r.stdout)
        self.assertEqual(lines[0], url + ': 127.0.0.1:%d refused the connection: no web server answers at '
                                         'this address' % port)
        self.assertIn('ftp: addresses are not supported', lines[1])

    def test_export_from_url(self):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, 'briefing.md')
            r = run('export', self.base + '/minimal.bundle.json', '-o', out, data_home=d)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertTrue(os.path.getsize(out) > 0)
            r = run('export', self.base + '/nothing.bundle.json', '-o', out, data_home=d)
            self.assertEqual(r.returncode, 1)
            self.assertIn('answered 404', r.stderr)


class socket_port:
    """A port on 127.0.0.1 that nobody listens on: bound, then let go."""
    def __enter__(self):
        import socket
        with socket.socket() as s:
            s.bind(('127.0.0.1', 0))
            return s.getsockname()[1]

    def __exit__(self, *args):
        return False


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

    def test_annotation_example_imports(self):
        """The README's example annotation is one the importer accepts, for the README's bundle."""
        with open(os.path.join(ROOT, 'README.md'), encoding='utf-8') as f:
            readme = f.read()
        example = readme.split('## Annotations', 1)[1].split('```json\n', 1)[1].split('```', 1)[0]
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, 'example.json')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(example)
            r = run('annotations', 'import', MINIMAL, path, data_home=d)
            self.assertEqual((r.returncode, r.stdout, r.stderr), (0, '1 added, 0 updated\n', ''))
            r = run('annotations', 'export', MINIMAL, '-o', '-', data_home=d)
            self.assertEqual(json.loads(r.stdout)['first']['items'], [json.loads(example)])

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


class Import(unittest.TestCase):
    """briefing import: saved news pages into the articles of a bundle."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def page(self, name):
        return os.path.join(IMPORT_CORPUS, name)

    def expected(self, name):
        with open(self.page(name.rsplit('.', 1)[0] + '.expected.json'), encoding='utf-8') as f:
            return json.load(f)

    def assert_valid(self, path):
        r = run('validate', path)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        r = subprocess.run([sys.executable, os.path.join(ROOT, 'tests', 'check-bundles.py'), BUNDLE_SCHEMA, path],
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        with open(path, encoding='utf-8') as f:
            return json.load(f)

    def test_new_bundle(self):
        pages = ['wordpress-comments.html', 'jsonld-cookie.html', 'amp.html', 'windows-1251.html']
        out = self.path('istanbul-press.bundle.json')
        r = run('import', *[self.page(p) for p in pages], '-o', out)
        # The Ukrainian page brings its text only: the extraction has no rules for Ukrainian yet.
        self.assertEqual((r.returncode, r.stderr), (0, 'briefing: Briefing has no extraction rules for the language '
                                                       '“uk”; the articles in it bring their text only\n'))
        bundle = self.assert_valid(out)
        self.assertEqual(bundle['id'], 'istanbul-press')
        self.assertEqual(bundle['language'], 'en')
        self.assertEqual(bundle['title'], self.expected(pages[0])['headline'])
        self.assertEqual(len(bundle['articles']), len(pages))
        for page, article in zip(pages, bundle['articles']):
            want = self.expected(page)
            with self.subTest(page=page):
                self.assertEqual(article['headline'], want['headline'])
                self.assertEqual(article['publisher'], want['publisher'])
                self.assertEqual(article['datePublished'], want['date'])
                self.assertEqual(article.get('author', []), want['authors'])
                self.assertEqual(article['articleBody'], want['paragraphs'])
                # What was found is said, one block per page.
                self.assertIn(f'{self.page(page)}: “{want["headline"]}”', r.stdout)
                self.assertIn(f'  {want["publisher"]}, {want["date"]}, {len(want["paragraphs"])} paragraphs\n',
                              r.stdout)
        self.assertTrue(r.stdout.endswith(f'Wrote {out} (4 articles)\n'), r.stdout)

    def test_into_keeps_the_bundle(self):
        out = self.path('more.bundle.json')
        with open(MINIMAL, 'rb') as f:
            before = f.read()
        r = run('import', self.page('no-article.html'), self.page('no-article.html'), '--into', MINIMAL, '-o', out,
                '--no-extract')
        self.assertEqual((r.returncode, r.stderr), (0, ''))
        with open(MINIMAL, 'rb') as f:
            self.assertEqual(f.read(), before)
        bundle = self.assert_valid(out)
        original = json.loads(before)
        self.assertEqual(bundle['id'], original['id'])
        self.assertEqual(bundle['events'], original['events'])
        self.assertEqual(bundle['demands'], original['demands'])
        self.assertIn('updated', bundle)
        ids = [a['id'] for a in bundle['articles']]
        slug = 'first-direct-talks-in-three-years-end-in-under-two-hours'
        self.assertEqual(ids, ['art1', slug, slug + '-2'])
        # Imported into what it wrote: the ids stay unique.
        again = self.path('again.bundle.json')
        r = run('import', self.page('no-article.html'), '--into', out, '-o', again, '--no-extract')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual([a['id'] for a in self.assert_valid(again)['articles']], ids + [slug + '-3'])

    def test_page_without_outlet_or_date(self):
        out = self.path('copy.bundle.json')
        r = run('import', self.page('copy-paste.txt'), '-o', out)
        self.assertEqual(r.returncode, 1)
        self.assertIn('copy-paste.txt: the page does not name its outlet; give it with --publisher', r.stderr)
        self.assertIn('copy-paste.txt: the page does not say when it was published; give the date with --date',
                      r.stderr)
        self.assertFalse(os.path.exists(out))

        r = run('import', self.page('copy-paste.txt'), '--publisher', 'Pasted Wire', '--date', '2025-06-02',
                '--url', 'https://pasted.example/swap', '-o', out)
        self.assertEqual((r.returncode, r.stderr), (0, ''))
        self.assertIn('outlet from --publisher', r.stdout)
        self.assertIn('date from --date', r.stdout)
        self.assertIn('dateline: Kyiv, Ukraine', r.stdout)
        article = self.assert_valid(out)['articles'][0]
        self.assertEqual((article['publisher'], article['datePublished'], article['url']),
                         ('Pasted Wire', '2025-06-02', 'https://pasted.example/swap'))
        self.assertEqual(article['articleBody'], self.expected('copy-paste.txt')['paragraphs'])

    @unittest.skipUnless(os.path.exists(SEED), 'the seed article is not on this machine')
    def test_seed(self):
        out = self.path('seed.bundle.json')
        r = run('import', SEED, '--publisher', 'Seed', '--date', '2025-06-02', '-o', out)
        self.assertEqual((r.returncode, r.stderr), (0, ''))
        body = self.assert_valid(out)['articles'][0]['articleBody']
        self.assertEqual(len(body), 8)
        for paragraph in body:
            for clutter in ('Image source', 'Subscribe', 'Notify of', 'Comments', 'Akismet'):
                self.assertNotIn(clutter, paragraph)
            self.assertNotIn(paragraph, ('guest', '0', '118'))

    def test_errors(self):
        out = self.path('out.bundle.json')
        empty = self.path('empty.html')
        open(empty, 'w').close()
        nothing = self.path('nav-only.html')
        with open(nothing, 'w') as f:
            f.write('<html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>')
        junk = self.path('junk.txt')
        with open(junk, 'wb') as f:
            f.write(bytes(range(256)) * 4)
        cases = [
            ([empty], f'briefing: {empty}: the page is empty'),
            ([nothing], f'briefing: {nothing}: no article text found'),
            ([junk], f'briefing: {junk}:1:1: this is not a text or HTML page'),
            (['/nonexistent/page.html'], '/nonexistent/page.html'),
            ([self.page('amp.html'), empty], f'{empty}: the page is empty'),
        ]
        for args, message in cases:
            with self.subTest(args=args):
                r = run('import', *args, '-o', out)
                self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
                self.assertIn(message, r.stderr)
                self.assertFalse(os.path.exists(out))

        bad = os.path.join(INVALID, 'unknown-party.bundle.json')
        r = run('import', self.page('amp.html'), '--into', bad, '-o', out)
        self.assertEqual(r.returncode, 1)
        self.assertIn('unknown party', r.stderr)
        self.assertFalse(os.path.exists(out))

    def test_usage(self):
        page = self.page('amp.html')
        out = self.path('out.bundle.json')
        for args in ([page], ['-o', out], [page, '-o', out, '--date', 'June'], [page, '-o', out, '--date', '2025-06'],
                     [page, page, '-o', out, '--url', 'https://x.example/'], [page, '-o', out, '--no-such-option']):
            with self.subTest(args=args):
                r = run('import', *args)
                self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
                self.assertFalse(os.path.exists(out))

    def test_help(self):
        r = run('import', '--help')
        self.assertEqual(r.returncode, 0, r.stderr)
        for option in ('--into', '--publisher', '--date', '-o, --output'):
            self.assertIn(option, r.stdout)


STOP_WORDS = {'a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'and', 'as', 'its', 'their', 'full', 'for', 'with'}


def content_words(text):
    return {w for w in re.findall(r"\w+", text.lower().replace('’', "'")) if w not in STOP_WORDS}


def overlap(expected, found):
    """The share of the expected wording's content words that the found one has too."""
    want = content_words(expected)
    return len(want & content_words(found)) / len(want)


class PageHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the import corpus; /markdown is its Markdown page under a name that says nothing of its
    format, so only the response's content type tells it."""

    def do_GET(self):
        if self.path == '/markdown':
            with open(os.path.join(IMPORT_CORPUS, 'markdown.md'), 'rb') as f:
                body = f.read()
            self.send_response(200)
            self.send_header('Content-Type', 'text/markdown; charset=utf-8')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, *args):
        pass


class ImportExtraction(unittest.TestCase):
    """briefing import adds the parties, events, outcomes, demands and responses an article speaks of."""

    @classmethod
    def setUpClass(cls):
        handler = functools.partial(PageHandler, directory=IMPORT_CORPUS)
        cls.server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)
        cls.base = 'http://127.0.0.1:%d' % cls.server.server_address[1]
        cls.thread = threading.Thread(target=cls.server.serve_forever, daemon=True)
        cls.thread.start()

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def corpus(self, name):
        with open(os.path.join(EXTRACT_CORPUS, name + '.expected.json'), encoding='utf-8') as f:
            return os.path.join(EXTRACT_CORPUS, name + '.txt'), json.load(f)

    def import_corpus(self, name, out, *args):
        page, expected = self.corpus(name)
        r = run('import', page, '--publisher', 'Corpus Wire', '--date', expected['datePublished'], '-o', out, *args)
        self.assertEqual((r.returncode, r.stderr), (0, ''), r.stdout)
        return r, expected, Import.assert_valid(self, out)

    def assert_matches(self, bundle, expected):
        parties = {p['id']: p['role'] for p in bundle['parties']}
        self.assertEqual(parties, {p['id']: p['role'] for p in expected['parties']})
        events = [(e['kind'], e['start']) for e in bundle['events']]
        for event in expected['events']:
            self.assertIn((event['kind'], event['start']), events)
        for demand in expected['demands']:
            found = [d['text'] for d in bundle['demands'] if d['party'] == demand['party']]
            self.assertTrue(any(overlap(demand['text'], text) >= 0.6 for text in found),
                            '%s: “%s” not among %s' % (demand['party'], demand['text'], found))
        self.assertEqual(len(bundle['demands']), len(expected['demands']))
        # Every fact cites the article it comes from, in the article's own words.
        article = bundle['articles'][-1]
        text = '\n\n'.join(article['articleBody'])
        for demand in bundle['demands']:
            exact = demand['citations'][-1]['selector'][0]['exact']
            self.assertIn(exact, text)

    def test_corpus_article(self):
        out = self.path('round2.bundle.json')
        r, expected, bundle = self.import_corpus('istanbul-round2-paraphrase', out, '--verbose')
        self.assert_matches(bundle, expected)
        n_outcomes = sum(len(e.get('outcomes', [])) for e in bundle['events'])
        n_responses = sum(len(d.get('responses', [])) for d in bundle['demands'])
        self.assertIn('  added: %d parties, %d events, %d outcomes, %d demands, %d response%s\n'
                      % (len(bundle['parties']), len(bundle['events']), n_outcomes, len(bundle['demands']),
                         n_responses, '' if n_responses == 1 else 's'), r.stdout)
        self.assertNotIn('already in the bundle', r.stdout)
        # --verbose: a line per event, its outcomes beneath it, and per demand; kinds and statuses
        # in words, as the window shows them.
        talks = next(e for e in bundle['events'] if e['kind'] == 'talks')
        self.assertEqual(talks['outcomes'][0]['status'], 'agreed')
        self.assertIn('    event (Talks) 2025-06-02: %s\n' % talks['title'], r.stdout)
        self.assertIn('      Agreed: %s\n' % talks['outcomes'][0]['text'], r.stdout)
        for demand in bundle['demands']:
            self.assertIn('    demand of %s: %s\n' % (demand['party'], demand['text']), r.stdout)

    def test_verbose_in_the_users_language(self):
        page, expected = self.corpus('istanbul-round2-paraphrase')
        po = read_po(os.path.join(ROOT, 'po', 'fr.po'))
        env = dict(os.environ, LANGUAGE='fr')
        env.pop('DISPLAY', None)
        r = briefing(['import', page, '--publisher', 'Corpus Wire', '--date', expected['datePublished'],
                      '-o', self.path('fr.bundle.json'), '--verbose'], env=env)
        self.assertEqual((r.returncode, r.stderr), (0, ''), r.stdout)
        talks, agreed = po[('event kind', 'Talks')][0], po[('outcome', 'Agreed')][0]
        self.assertNotEqual(talks, 'Talks')
        self.assertIn('(%s) 2025-06-02' % talks, r.stdout)
        self.assertIn('      %s' % agreed, r.stdout)
        self.assertNotIn('(talks)', r.stdout)

    def test_several_rounds(self):
        out = self.path('rounds.bundle.json')
        pages, dates = [], []
        for name in ('istanbul-round1', 'istanbul-round3'):
            page, expected = self.corpus(name)
            pages.append(page)
            dates.append(expected['datePublished'])
        for i, page in enumerate(pages):
            r = run('import', page, '--publisher', 'Corpus Wire', '--date', dates[i], '-o', out,
                    *(['--into', out] if i > 0 else []))
            self.assertEqual((r.returncode, r.stderr), (0, ''), r.stdout)
        bundle = Import.assert_valid(self, out)
        self.assertEqual(sorted(p['id'] for p in bundle['parties']), ['russia', 'turkiye', 'ukraine'])
        talks = sorted(e['start'] for e in bundle['events'] if e['kind'] == 'talks')
        self.assertEqual(talks, ['2025-05-16', '2025-07-23'])

    def test_into_does_not_duplicate(self):
        first = self.path('first.bundle.json')
        _, expected, before = self.import_corpus('istanbul-round2-paraphrase', first)
        again = self.path('again.bundle.json')
        r, _, after = self.import_corpus('istanbul-round2-paraphrase', again, '--into', first)
        # The same article read twice adds its text, and cites it again, but no party, event or demand.
        self.assertIn('  added: 0 parties, 0 events, 0 outcomes, 0 demands, 0 responses\n', r.stdout)
        self.assertIn('  already in the bundle: 3 parties, ', r.stdout)
        self.assertEqual(len(after['articles']), 2)
        for key in ('parties', 'events', 'demands'):
            self.assertEqual([x['id'] for x in after[key]], [x['id'] for x in before[key]], key)
        self.assertEqual([len(e.get('outcomes', [])) for e in after['events']],
                         [len(e.get('outcomes', [])) for e in before['events']])
        self.assert_matches(after, expected)
        cited = {c['source'] for d in after['demands'] for c in d['citations']}
        self.assertEqual(cited, {a['id'] for a in after['articles']})

        # Into the sample: its parties are matched by name, not added again as new ids.
        into_sample = self.path('sample.bundle.json')
        r, _, bundle = self.import_corpus('istanbul-round2-paraphrase', into_sample, '--into', SAMPLE)
        with open(SAMPLE, encoding='utf-8') as f:
            sample = json.load(f)
        self.assertEqual([p['id'] for p in bundle['parties']], [p['id'] for p in sample['parties']])
        self.assertIn('already in the bundle: 3 parties', r.stdout)

    def test_no_extract(self):
        out = self.path('text.bundle.json')
        r, _, bundle = self.import_corpus('istanbul-round2-paraphrase', out, '--no-extract')
        self.assertEqual((bundle['parties'], bundle['events'], bundle['demands']), ([], [], []))
        self.assertNotIn('added:', r.stdout)

    def test_url(self):
        out = self.path('web.bundle.json')
        url = self.base + '/jsonld-cookie.html'
        r = run('import', url, '-o', out)
        self.assertEqual((r.returncode, r.stderr), (0, ''), r.stdout)
        with open(os.path.join(IMPORT_CORPUS, 'jsonld-cookie.expected.json'), encoding='utf-8') as f:
            want = json.load(f)
        article = Import.assert_valid(self, out)['articles'][0]
        self.assertEqual(article['url'], url)
        self.assertEqual((article['headline'], article['articleBody']), (want['headline'], want['paragraphs']))
        self.assertIn(url + ': “' + want['headline'] + '”', r.stdout)
        self.assertIn('  added: ', r.stdout)

        # The format comes from the response's content type when the address does not say it.
        url = self.base + '/markdown'
        r = run('import', url, '-o', out)
        self.assertEqual((r.returncode, r.stderr), (0, ''), r.stdout)
        with open(os.path.join(IMPORT_CORPUS, 'markdown.expected.json'), encoding='utf-8') as f:
            want = json.load(f)
        article = Import.assert_valid(self, out)['articles'][0]
        self.assertEqual((article['url'], article['articleBody']), (url, want['paragraphs']))

    def test_url_errors(self):
        out = self.path('web.bundle.json')
        host = '127.0.0.1:%d' % self.server.server_address[1]
        url = self.base + '/nothing.html'
        r = run('import', url, '-o', out)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertTrue(r.stderr.startswith('briefing: %s: ' % url), r.stderr)
        self.assertIn(host + ' answered 404', r.stderr)
        self.assertFalse(os.path.exists(out))

        # A page that is there does not make up for one that is not: nothing is written.
        r = run('import', self.base + '/amp.html', url, '-o', out)
        self.assertEqual(r.returncode, 1)
        self.assertFalse(os.path.exists(out))

        with socket_port() as port:
            refused = 'http://127.0.0.1:%d/page.html' % port
        r = run('import', refused, '-o', out)
        self.assertEqual(r.returncode, 1)
        self.assertIn('briefing: %s: 127.0.0.1:%d refused the connection' % (refused, port), r.stderr)
        self.assertFalse(os.path.exists(out))


class Help(unittest.TestCase):
    def test_help_without_display(self):
        r = run('--help')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('validate', r.stdout)
        self.assertIn('[FILE|URL…]', r.stdout)
        self.assertIn('briefing import ARTICLE… -o FILE', r.stdout)

    def test_version_without_display(self):
        r = run('--version')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stdout, r'^Briefing \d+\.\d+\.\d+\n$')

    def test_validate_help(self):
        r = run('validate', '--help')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('--max-size', r.stdout)
        self.assertIn('LINE:COLUMN', r.stdout)


class AppModule(unittest.TestCase):
    """The window, the page renderer, the importer and the fetcher are a module that briefing loads
    only when it needs them."""

    def test_headless_commands_link_no_gui(self):
        libraries = subprocess.run(['ldd', BRIEFING], capture_output=True, text=True, check=True).stdout
        for name in ('libgtk-4', 'libpango', 'libcairo', 'libharfbuzz', 'libsoup', 'libxml2'):
            self.assertNotIn(name, libraries)

    def test_missing_module(self):
        """A copy of the executable without its module: headless work goes on, the rest says why not."""
        with tempfile.TemporaryDirectory() as tmp:
            copy = os.path.join(tmp, 'briefing')
            with open(BRIEFING, 'rb') as source, open(copy, 'wb') as target:
                target.write(source.read())
            os.chmod(copy, 0o755)
            env = dict(os.environ, LANGUAGE='en', LC_ALL='C.UTF-8')
            env.pop('DISPLAY', None)

            r = subprocess.run([*WRAPPER, copy, 'validate', SAMPLE], capture_output=True, text=True, env=env,
                               timeout=TIMEOUT)
            self.assertEqual(r.returncode, 0, r.stderr)

            out = os.path.join(tmp, 'out.pdf')
            r = subprocess.run([*WRAPPER, copy, 'export', '--format', 'pdf', '-o', out, SAMPLE],
                               capture_output=True, text=True, env=env, timeout=TIMEOUT)
            installed = re.search(r'looked for (.*)\)$', r.stderr.strip())
            if r.returncode == 0:
                self.skipTest('Briefing is installed on this machine: the copy found its module')
            self.assertIsNotNone(installed, r.stderr)
            self.assertIn(os.path.join(tmp, 'libbriefing-app.so'), installed.group(1))
            self.assertIn("Briefing’s application module is not installed", r.stderr)
            self.assertFalse(os.path.exists(out))

            r = subprocess.run([*WRAPPER, copy, 'export', '--format', 'json', '-o', os.path.join(tmp, 'b.json'),
                                SAMPLE], capture_output=True, text=True, env=env, timeout=TIMEOUT)
            self.assertEqual(r.returncode, 0, r.stderr)

            r = subprocess.run([*WRAPPER, copy, 'import', '-o', os.path.join(tmp, 'new.bundle.json'),
                                os.path.join(IMPORT_CORPUS, 'amp.html')],
                               capture_output=True, text=True, env=env, timeout=TIMEOUT)
            self.assertEqual(r.returncode, 1)
            self.assertIn("Briefing’s application module is not installed", r.stderr)
            self.assertFalse(os.path.exists(os.path.join(tmp, 'new.bundle.json')))

            r = subprocess.run([*WRAPPER, copy, 'validate', 'https://briefing.invalid/b.json'],
                               capture_output=True, text=True, env=env, timeout=TIMEOUT)
            self.assertEqual(r.returncode, 1)
            self.assertIn('https://briefing.invalid/b.json: ', r.stdout)
            self.assertIn("Briefing’s application module is not installed", r.stdout)

            r = subprocess.run([*WRAPPER, copy, SAMPLE], capture_output=True, text=True, env=env, timeout=TIMEOUT)
            self.assertNotEqual(r.returncode, 0)
            self.assertIn("Briefing’s application module is not installed", r.stderr)


if __name__ == '__main__':
    unittest.main(argv=[sys.argv[0], '-v'])
