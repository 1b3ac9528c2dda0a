#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes Briefing's hostile-input corpus: malformed and malicious bundles, annotation files and web
pages, and manifest.json, which says for each input which entry point reads it, whether it must be
refused or accepted, and what Briefing must say about it.

Usage:
  generate.py                write the small inputs into tests/hostile/ (they are committed)
  generate.py --big DIR      write the big inputs (tens of megabytes, deep nesting) into DIR; the
                             test runner does this in a temporary folder on every run

Kinds (the folder of each input):
  bundles/      read by `briefing validate FILE`
  annotations/  W3C Web Annotation exchange files, read by `briefing annotations import BUNDLE FILE`
                (BUNDLE is tests/data/minimal.bundle.json, id "example-talks")
  stores/       the annotation store file Briefing keeps per bundle, read by the store itself
                (tests/hostile-store.c loads it through BriefingAnnotationStore)
  pages/        web pages and text for `briefing import FILE -o OUT --publisher P --date D`

Manifest entries:
  file     path relative to this folder (or to DIR for big inputs)
  entry    validate | annotations-import | store | import
  expect   fail | ok
  say      substrings the output must hold (for failures: the message, with its place)
  absent   substrings the written output (for "ok" imports: the bundle) must not hold
  big      true when the input is made with --big at test time
  whole    true when the problem is the file as a whole (empty, too large, not text), so the
           message names the file but no line and column
"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLE = os.path.join(ROOT, 'data', 'samples', 'istanbul-talks-2025.bundle.json')
MINIMAL = os.path.join(ROOT, 'tests', 'data', 'minimal.bundle.json')
EVERY_KIND = os.path.join(ROOT, 'tests', 'data', 'annotations', 'every-kind.json')

MANIFEST = []


def add(kind, name, data, entry, expect='fail', say=(), absent=(), big=False, out=None, whole=False):
    """Writes @data (bytes or str) as KIND/NAME and records what must happen to it."""
    rel = os.path.join(kind, name)
    if out is not None:
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(data, str):
            data = data.encode('utf-8')
        with open(path, 'wb') as f:
            f.write(data)
    MANIFEST.append({'file': rel, 'entry': entry, 'expect': expect, 'say': list(say),
                     'absent': list(absent), **({'big': True} if big else {}),
                     **({'whole': True} if whole else {})})


def dumps(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False) + '\n'


def path_text(parts):
    """A JSON path as Briefing prints it: events[0].outcomes[1].text"""
    s = ''
    for p in parts:
        if isinstance(p, int):
            s += '[%d]' % p
        else:
            s += ('.' if s else '') + p
    return s


def walk(node, parts=()):
    """Every value with its path, containers before their contents."""
    yield parts, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, parts + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, parts + (i,))


def shape(parts):
    """The path with every index 0, so each field of each kind of object is swapped once."""
    return tuple(0 if isinstance(p, int) else p for p in parts)


def get(doc, parts):
    for p in parts:
        doc = doc[p]
    return doc


def put(doc, parts, value):
    get(doc, parts[:-1])[parts[-1]] = value


FOUND = {str: 'a string', int: 'a number', float: 'a number', bool: 'a boolean', list: 'an array',
         dict: 'an object', type(None): 'null'}


def wrong_value(value):
    """A value of another type, and what Briefing calls the type it expected."""
    if isinstance(value, bool):
        return 'yes', 'a boolean'
    if isinstance(value, str):
        return 42, 'a string'
    if isinstance(value, int):
        return str(value), 'an integer'
    if isinstance(value, list):
        return {'0': value[0] if value else None}, 'an array'
    if isinstance(value, dict):
        return [value], 'an object'
    raise ValueError(value)


def slug(parts):
    s = '-'.join('item' if isinstance(p, int) else p for p in parts) or 'root'
    return re.sub(r'[^A-Za-z0-9]+', '-', s).strip('-').lower()


def type_swaps(doc, kind, suffix, entry, out, skip=(), say_of=None):
    """One input per field of each kind of object: the field replaced by a value of another type."""
    seen = set()
    for parts, value in list(walk(doc)):
        if not parts or shape(parts) in seen or shape(parts) in skip:
            continue
        seen.add(shape(parts))
        bad, expected = wrong_value(value)
        d = copy.deepcopy(doc)
        put(d, parts, bad)
        name = 'type-%s%s' % (slug(parts), suffix)
        where = path_text(parts)
        found = FOUND[type(bad)]
        say = say_of(parts, expected, found) if say_of else None
        if say is None:
            say = ['%s: expected %s, found %s' % (where, expected, found)]
        add(kind, name, dumps(d), entry, say=say, out=out)


# ---------------------------------------------------------------- bundles

def bundles(out):
    with open(SAMPLE, encoding='utf-8') as f:
        sample = json.load(f)
    with open(MINIMAL, encoding='utf-8') as f:
        minimal = json.load(f)
    min_text = dumps(minimal)
    v = lambda name, data, say=(), expect='fail', whole=False: add('bundles', name, data, 'validate', expect, say,
                                                                   out=out, whole=whole)

    # Mismatched types in every field of every object of the sample.
    def bundle_say(parts, expected, found):
        where = path_text(parts)
        last = parts[-1]
        if parts == ('format',):
            return ['format: expected a string, found a number']
        if parts == ('version',):
            return ['version: expected an integer, found a string']
        if last == 'selector':
            # A selector may be one object: the object put in the array's place lacks its type.
            return [where + ': missing member “type”']
        return None
    type_swaps(sample, 'bundles', '.bundle.json', 'validate', out, skip={('$schema',)}, say_of=bundle_say)

    # Empty, blank, encodings.
    v('empty.bundle.json', b'', ['empty.bundle.json: the file is empty'], whole=True)
    v('whitespace.bundle.json', b' \n\t\r\n   \n', ['whitespace.bundle.json: the file is empty'], whole=True)
    v('bom-only.bundle.json', b'\xef\xbb\xbf', ['bom-only.bundle.json:1:1: the file starts with a byte order mark'])
    v('bom-utf8.bundle.json', b'\xef\xbb\xbf' + min_text.encode(), ['bom-utf8.bundle.json:1:1: the file starts with a byte order mark'])
    v('utf16le.bundle.json', b'\xff\xfe' + min_text.encode('utf-16-le'), ['utf16le.bundle.json:1:1: the file is UTF-16 text, not UTF-8'])
    v('utf16be.bundle.json', b'\xfe\xff' + min_text.encode('utf-16-be'), ['utf16be.bundle.json:1:1: the file is UTF-16 text, not UTF-8'])
    v('utf16le-no-bom.bundle.json', min_text.encode('utf-16-le'), ['utf16le-no-bom.bundle.json:1:1: the file is UTF-16 text'])
    v('utf32le.bundle.json', b'\xff\xfe\x00\x00' + min_text.encode('utf-32-le'), ['utf32le.bundle.json:1:1: the file is UTF-32 text'])
    v('utf32be-no-bom.bundle.json', min_text.encode('utf-32-be'), ['utf32be-no-bom.bundle.json:1:1: the file is UTF-32 text'])
    v('latin1.bundle.json', min_text.replace('Arland', 'Ärland').encode('latin-1'),
      ['latin1.bundle.json:11:16: parties[0].name: invalid UTF-8'])

    # Truncated at several places: in a member name, a string, an escape, a UTF-8 sequence, a number.
    text = dumps(sample).encode('utf-8')
    for frac in (1, 10, 50, 99):
        v('truncated-%02d.bundle.json' % frac, text[:len(text) * frac // 100], ['truncated-%02d.bundle.json:' % frac])
    cut = min_text.index('"Arland"') + 3
    v('truncated-in-string.bundle.json', min_text[:cut], ['string is not closed'])
    v('truncated-in-escape.bundle.json', min_text.replace('"Arland"', '"Ar\\u00')[:min_text.index('"Arland"') + 7],
      ['\\u must be followed by four hexadecimal digits'])
    utf = min_text.replace('Arland', 'Ärland').encode()
    v('truncated-in-utf8.bundle.json', utf[:utf.index('Ä'.encode()) + 1], ['invalid UTF-8'])
    v('truncated-in-number.bundle.json', min_text[:min_text.index('"version": 1') + len('"version": ')] + '-',
      ['expected a digit'])
    v('truncated-after-colon.bundle.json', min_text[:min_text.index('"id": "example') + 6], ['unexpected end of file'])

    # Trailing garbage.
    v('trailing-garbage.bundle.json', min_text + 'garbage', ['trailing-garbage.bundle.json:%d:1' % (min_text.count('\n') + 1)])
    v('trailing-object.bundle.json', min_text + '{}', ['trailing-object.bundle.json:%d:1' % (min_text.count('\n') + 1)])
    v('trailing-nul.bundle.json', min_text.encode() + b'\0', ['NUL byte'])
    v('trailing-comma.bundle.json', min_text.rstrip()[:-1].rstrip() + ',\n}\n', ['a member name in quotes'])
    v('comment.bundle.json', '// a comment\n' + min_text, ['comment.bundle.json:1:1'])
    v('single-quotes.bundle.json', min_text.replace('"title": "Example talks"', "'title': 'Example talks'"),
      ['a member name in quotes'])
    v('nan.bundle.json', min_text.replace('"round": 1', '"round": NaN'), ['events[0].round', 'expected a value'])
    v('infinity.bundle.json', min_text.replace('"round": 1', '"round": Infinity'), ['expected a value'])

    # Invalid UTF-8 in every kind of string field (and in a member name), of several kinds.
    seqs = {'ff': b'\xff', 'overlong': b'\xc0\xaf', 'surrogate': b'\xed\xa0\x80', 'cut': b'\xe2\x82',
            'beyond-10ffff': b'\xf4\x90\x80\x80', 'five-byte': b'\xf8\x88\x80\x80\x80'}
    strings = [(p, s) for p, s in walk(sample) if isinstance(s, str) and p and p[0] != '$schema']
    seen = set()
    names = list(seqs)
    i = 0
    for parts, s in strings:
        if shape(parts) in seen:
            continue
        seen.add(shape(parts))
        marker = '\u2063HOSTILE\u2063'
        d = copy.deepcopy(sample)
        put(d, parts, s[:3] + marker + s[3:])
        seq = names[i % len(names)]
        i += 1
        data = dumps(d).encode().replace(marker.encode(), seqs[seq])
        v('utf8-%s-%s.bundle.json' % (seq, slug(parts)), data, [path_text(parts) + ': invalid UTF-8'])
    v('utf8-member-name.bundle.json', min_text.replace('"title"', '"ti\xfftle"').encode('utf-8').replace(b'\xc3\xbf', b'\xff'),
      ['utf8-member-name.bundle.json:5:', 'invalid UTF-8'])

    # NUL bytes, raw and escaped, in names, text, ids and member names.
    v('nul-raw-headline.bundle.json', min_text.replace('Talks end', 'Talks\0end'), ['articles[0].headline: NUL byte'])
    v('nul-raw-body.bundle.json', min_text.replace('swap 50', 'swap\x0050'), ['articles[0].articleBody[0]: NUL byte'])
    v('nul-raw-member.bundle.json', min_text.replace('"headline"', '"head\0line"'), ['NUL byte'])
    v('nul-escaped-name.bundle.json', min_text.replace('"Arland"', '"Ar\\u0000land"'),
      ['parties[0].name', '\\u0000 (a NUL character) is not allowed'])
    v('nul-escaped-id.bundle.json', min_text.replace('"id": "art1"', '"id": "art1\\u0000../x"'),
      ['articles[0].id', '\\u0000 (a NUL character) is not allowed'])
    v('nul-escaped-exact.bundle.json', min_text.replace('"exact": "swap 50 prisoners each"', '"exact": "swap\\u000050"'),
      ['\\u0000 (a NUL character) is not allowed'])
    v('nul-escaped-member.bundle.json', min_text.replace('"title"', '"ti\\u0000tle"'),
      ['\\u0000 (a NUL character) is not allowed'])
    v('lone-surrogate.bundle.json', min_text.replace('"Arland"', '"Ar\\ud800land"'),
      ['parties[0].name', 'high surrogate'])
    v('control-char.bundle.json', min_text.replace('"Arland"', '"Ar\x1bland"'),
      ['parties[0].name', 'control character inside a string'])

    # Duplicate member names.
    v('duplicate-top.bundle.json', min_text.replace('"title": "Example talks",', '"title": "Example talks",\n  "title": "Other",'),
      ['duplicate-top.bundle.json:6:', 'member “title” appears twice'])
    v('duplicate-party.bundle.json', min_text.replace('"name": "Arland",', '"name": "Arland",\n      "name": "Borduria",'),
      ['parties[0]: member “name” appears twice'])
    v('duplicate-selector.bundle.json', min_text.replace('"exact": "swap 50 prisoners each",',
                                                         '"exact": "swap 50 prisoners each",\n "exact": "refused it",'),
      ['events[0].outcomes[0].citations[0].selector[0]: member “exact” appears twice'])
    v('duplicate-escaped.bundle.json', min_text.replace('"title": "Example talks",', '"title": "Example talks",\n  "t\\u0069tle": "Other",'),
      ['member “title” appears twice'])

    # Numbers: huge, tiny, negative, fractional, and ids that are numbers.
    num = lambda name, old, new, say: v(name, min_text.replace(old, new), say)
    num('number-1e400.bundle.json', '"round": 1', '"round": 1e400', ['events[0].round: number out of range'])
    num('number-minus-1e400.bundle.json', '"round": 1', '"round": -1e400', ['events[0].round: number out of range'])
    num('number-2-64.bundle.json', '"round": 1', '"round": 18446744073709551616', ['events[0].round: integer too large'])
    num('number-negative-round.bundle.json', '"round": 1', '"round": -3', ['events[0].round: -3 is out of range'])
    num('number-fraction-round.bundle.json', '"round": 1', '"round": 1.5', ['events[0].round: expected an integer'])
    num('number-version-2-64.bundle.json', '"version": 1', '"version": 18446744073709551616', ['version: integer too large'])
    num('number-version-negative.bundle.json', '"version": 1', '"version": -1', ['version: '])
    num('number-id-2-64.bundle.json', '"id": "art1"', '"id": 18446744073709551616', ['articles[0].id: integer too large'])
    num('number-id.bundle.json', '"id": "art1"', '"id": 9007199254740991', ['articles[0].id: expected a string, found a number'])
    num('number-position-negative.bundle.json', '"start": 30', '"start": -30',
        ['events[0].outcomes[0].citations[0].selector[1].start: -30 is out of range'])
    # The position is a hint; the quote decides, and a wrong hint is a warning.
    v('number-position-beyond.bundle.json', min_text.replace('"start": 30,\n                  "end": 52',
                                                             '"start": 3000000,\n                  "end": 3000022'),
      ['events[0].outcomes[0].citations[0].selector: warning: the position 3000000–3000022 does not match the quote',
       ': ok — '], expect='ok')
    num('number-position-reversed.bundle.json', '"start": 30,\n                  "end": 52',
        '"start": 52,\n                  "end": 30', ['events[0].outcomes[0].citations[0].selector[1]'])
    num('number-exponent-digits.bundle.json', '"round": 1', '"round": 1' + '0' * 5000, ['events[0].round: integer too large'])
    num('number-tiny.bundle.json', '"round": 1', '"round": 1e-400', ['events[0].round'])

    # Image paths and addresses: traversal, absolute, other schemes; article URLs that are not web pages.
    def with_image(url):
        d = copy.deepcopy(minimal)
        d['articles'][0]['image'] = [{'contentUrl': url, 'caption': 'A photo'}]
        return dumps(d)
    img = 'articles[0].image[0].contentUrl: '
    images = [
        ('traversal', '../../../../etc/passwd', 'must not leave the bundle’s folder'),
        ('traversal-inner', 'photos/../../secret.png', 'must not leave the bundle’s folder'),
        ('traversal-backslash', '..\\..\\windows\\win.ini', 'must be relative to the bundle file'),
        ('traversal-dotdot-only', '..', 'must not leave the bundle’s folder'),
        ('absolute', '/etc/shadow', 'must be relative to the bundle file'),
        ('absolute-backslash', '\\\\server\\share\\x.png', 'must be relative to the bundle file'),
        ('drive', 'C:\\Windows\\x.png', img),
        ('file-url', 'file:///etc/passwd', img),
        ('http-url', 'http://example.org/x.png', img),
        ('javascript-url', 'javascript:alert(1)', img),
        ('data-url', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', img),
        ('smb-url', 'smb://server/share/x.png', img),
        ('empty', '', img),
        ('newline', 'photo.png\n../../x', img),
    ]
    for name, url, say in images:
        v('image-%s.bundle.json' % name, with_image(url), [say if say.startswith(img) else img + 'image path ' + say])
    # A remote https image is valid: it is only shown when the user asks.
    v('image-https-remote.bundle.json', with_image('https://images.example.org/x.png'), [': ok — '], expect='ok')
    v('image-relative.bundle.json', with_image('photos/talks.jpg'), [': ok — '], expect='ok')

    def with_url(url):
        d = copy.deepcopy(minimal)
        d['articles'][0]['url'] = url
        return dumps(d)
    for name, url in (('javascript', 'javascript:alert(document.cookie)'), ('file', 'file:///etc/passwd'),
                      ('data', 'data:text/html,<script>alert(1)</script>'), ('relative', '../../etc/passwd'),
                      ('space', 'https://example.org/a b')):
        v('url-%s.bundle.json' % name, with_url(url), ['articles[0].url: '])

    # Ids that look like paths, and a party colour that is not one.
    d = copy.deepcopy(minimal)
    d['id'] = '../../../.config/autostart/x'
    v('bundle-id-traversal.bundle.json', dumps(d), [':4:9: id: “../../../.config/autostart/x” is not a valid bundle id'])
    d = copy.deepcopy(minimal)
    d['id'] = '/tmp/owned'
    v('bundle-id-absolute.bundle.json', dumps(d), [':4:9: id: “/tmp/owned” is not a valid bundle id'])
    d = copy.deepcopy(minimal)
    d['articles'][0]['id'] = 'art1/../../x'
    v('article-id-traversal.bundle.json', dumps(d), ['articles[0].id: “art1/../../x” is not a valid id'])
    d = copy.deepcopy(minimal)
    d['articles'][0]['headline'] = 'H' * 1001
    v('headline-1001.bundle.json', dumps(d),
      [':30:19: articles[0].headline: is longer than 1000 characters: a name, title or headline is one line'])
    d = copy.deepcopy(minimal)
    d['parties'][0]['name'] = '\u0416' * 1000
    v('name-1000.bundle.json', dumps(d), [': ok — '], expect='ok')
    d = copy.deepcopy(minimal)
    d['parties'][0]['color'] = 'url(file:///etc/passwd)'
    v('party-color-url.bundle.json', dumps(d), ['parties[0].color: '])
    d = copy.deepcopy(minimal)
    d['parties'][0]['name'] = '<span foreground="red" size="99999999">Arland</span>'
    v('party-name-markup.bundle.json', dumps(d), [': ok — '], expect='ok')

    # Nesting where a value is expected, deeper than allowed.
    v('nested-70.bundle.json', min_text.replace('"round": 1', '"round": ' + '[' * 70 + ']' * 70),
      ['nested deeper than 64 levels'])
    v('nested-objects-70.bundle.json', min_text.replace('"round": 1', '"round": ' + '{"a":' * 70 + '1' + '}' * 70),
      ['nested deeper than 64 levels'])
    # Values packed two bytes apart, which json-glib would hold at 65 times the file's size.
    v('dense-values.bundle.json', '[' + ','.join(['0'] * 100000) + ']\n', [':1:70000: [34999]: too many values for a file of'])
    # Wrong top level.
    top = ':1:1: expected a JSON object at the top level: this is not a Briefing bundle'
    for name, data, say in (('array', '[]', top), ('string', '"bundle"', top),
                            ('null', 'null', top), ('number', '1e400', ':1:1: number out of range')):
        v('top-%s.bundle.json' % name, data + '\n', [say])
    # Many problems: the output stops at --max-errors (50).
    d = copy.deepcopy(minimal)
    for i in range(5000):
        d['parties'][0]['x%d' % i] = i
    add('bundles', 'many-unknown-members.bundle.json', dumps(d), 'validate',
        say=[':14:13: parties[0].x0: unknown member “x0”', ':63:14: parties[0].x49: unknown member “x49”',
             'many-unknown-members.bundle.json: stopped after 50 errors'],
        absent=['4294967295', 'x50'], out=out)
    d = copy.deepcopy(minimal)
    d['parties'] = [{'id': 'p%d' % i} for i in range(20000)]
    v('many-parties-missing-members.bundle.json', json.dumps(d), ['parties[0]: missing member “name”'])


def bundles_big(out):
    v = lambda name, data, say, whole=False: add('bundles', name, data, 'validate', 'fail', say, big=True, out=out,
                                                 whole=whole)
    v('big-nested-arrays.bundle.json', '[' * 100000, ['nested deeper than 64 levels'])
    v('big-nested-objects.bundle.json', '{"a":' * 100000, ['nested deeper than 64 levels'])
    with open(MINIMAL, encoding='utf-8') as f:
        minimal = json.load(f)
    d = copy.deepcopy(minimal)
    d['articles'][0]['headline'] = 'W' * (50 * 1024 * 1024)
    v('big-headline-50mb.bundle.json', json.dumps(d),
      ['articles[0].headline: the text is too long (52.4\u00a0MB; the limit is 1.0\u00a0MB)'])
    d = copy.deepcopy(minimal)
    d['parties'][0]['\u00e9' * (8 * 1024 * 1024)] = 1
    v('big-member-name.bundle.json', json.dumps(d, ensure_ascii=False),
      [': parties[0].' + '\u00e9' * 64 + '…: unknown member “' + '\u00e9' * 64 + '…”'])
    d = copy.deepcopy(minimal)
    d['events'][0]['participants'] = ['a'] * 3000000
    # Three million short strings: more values than the file's size warrants, refused before json-glib.
    v('big-array-3m.bundle.json', json.dumps(d),
      [':1:9426441: events[0].participants[1885142]: too many values for a file of 15.0\u00a0MB (more than 1885181)'])
    # Values packed two bytes apart: json-glib would need some 130 bytes for each (4 GB here).
    v('big-dense-values-60mb.bundle.json', '{"format": "briefing-bundle", "version": 1, "parties": [' + ','.join(['0'] * (30 * 1024 * 1024)) + ']}',
      [':1:', 'parties[', 'too many values for a file of 62.9\u00a0MB'])
    v('big-whitespace.bundle.json', ' ' * (40 * 1024 * 1024), ['big-whitespace.bundle.json: the file is empty'], whole=True)


# ---------------------------------------------------------------- annotations (W3C exchange files)

def annotation_say(parts, expected, found):
    where = path_text(parts)
    if parts[-1] in ('selector', 'body') and expected == 'an array':
        # One object may stand for the array: the object put in its place lacks its type.
        return [where + ': missing member “type”']
    if parts[-1] == 'target':
        return [where + ': expected a target object or a source IRI, found ' + found]
    return None


def annotations(out):
    with open(EVERY_KIND, encoding='utf-8') as f:
        every = json.load(f)
    a = lambda name, data, say=(), expect='fail', whole=False: add('annotations', name, data, 'annotations-import',
                                                                   expect, say, out=out, whole=whole)
    # "@context" is JSON-LD's, which Briefing leaves alone: it is not swapped.
    type_swaps(every, 'annotations', '.json', 'annotations-import', out, skip={('@context',), ('@context', 0),
                                                                            ('@context', 0, 'briefing')},
               say_of=annotation_say)

    one = copy.deepcopy(every['first']['items'][0])
    one['@context'] = every['@context']

    def sel(parts_fn, name, say, expect='fail', text=None):
        d = copy.deepcopy(one)
        parts_fn(d)
        a(name, text(dumps(d)) if text else dumps(d), say, expect)
    pos = lambda d: d['target']['selector'][1]
    # Positions are hints and quotes are found again in each edition of a bundle: accepted.
    sel(lambda d: pos(d).update(start=9999999, end=10000021), 'position-beyond-text.json', ['1 added'], 'ok')
    sel(lambda d: pos(d).update(start=-1), 'position-negative.json', ['target.selector[1].start: -1 is out of range'])
    sel(lambda d: pos(d).update(start=52, end=30), 'position-reversed.json', ['target.selector[1]'])
    sel(lambda d: pos(d).update(start=2 ** 64), 'position-2-64.json', ['target.selector[1].start: integer too large'])
    sel(lambda d: pos(d).update(end=123456789), 'position-1e400.json', ['target.selector[1].end: number out of range'],
        text=lambda t: t.replace('123456789', '1e400'))
    # No selector: the note is about the whole article, which the model allows.
    sel(lambda d: d['target'].update(selector=[]), 'selector-empty.json', ['1 added'], 'ok')
    sel(lambda d: d['target'].update(selector=[{'type': 'XPathSelector', 'value': '/html/body'}]),
        'selector-unknown-type.json', ['target.selector[0].type'])
    sel(lambda d: d['target'].update(selector=[{'type': 'TextQuoteSelector', 'exact': ''}]),
        'selector-empty-quote.json', ['target.selector[0].exact: must not be empty'])
    sel(lambda d: d['target'].update(source='file:///etc/passwd'), 'source-file-url.json', ['target.source'])
    sel(lambda d: d['target'].update(source='urn:briefing:other-bundle:article:art1'), 'source-other-bundle.json',
        ['target.source'])
    sel(lambda d: d['target'].update(source='urn:briefing:example-talks:article:../../x'), 'source-traversal.json',
        ['target.source: “urn:briefing:example-talks:article:../../x” does not end in a valid id'])
    sel(lambda d: d.update(motivation='bookmarking'), 'motivation-unknown.json', ['motivation'])
    sel(lambda d: d.update({'briefing:color': 'javascript:alert(1)'}), 'color-script.json', ['briefing:color'])
    sel(lambda d: d.update(created='2025-13-45T99:00:00Z'), 'date-invalid.json', ['created'])
    sel(lambda d: d.update(type='Annotation2'), 'type-unknown.json', ['type'])
    # An annotation's id is an opaque IRI, never a file name: accepted, and kept only in the store.
    sel(lambda d: d.update(id='../../../etc/passwd'), 'id-traversal.json', ['1 added'], 'ok')
    d = copy.deepcopy(every)
    d['type'] = 'AnnotationCollection/2'
    a('collection-unknown-version.json', dumps(d), ['type'])
    d = copy.deepcopy(every)
    d['@context'] = ['http://www.w3.org/ns/anno-v9.jsonld']
    # "@context" is JSON-LD's business, which Briefing leaves alone: what it reads is checked.
    a('context-unknown-version.json', dumps(d), ['6 added'], 'ok')
    d = copy.deepcopy(every)
    d['first']['items'] = d['first']['items'] * 2
    d['total'] = 12
    a('duplicate-annotation-ids.json', dumps(d), ['first.items[6].id: duplicate id'])
    d = copy.deepcopy(one)
    d['target']['selector'][0]['exact'] = 'Q' * 200000
    # A quote that is not in the article leaves the annotation detached, not lost.
    a('quote-200k.json', dumps(d), ['1 added'], 'ok')

    text = dumps(every)
    a('empty.json', b'', ['empty.json: the file is empty'], whole=True)
    a('whitespace.json', '  \n\n\t', ['whitespace.json: the file is empty'], whole=True)
    a('bom.json', b'\xef\xbb\xbf' + text.encode(), ['bom.json:1:1'])
    a('utf16.json', b'\xff\xfe' + text.encode('utf-16-le'), ['utf16.json:1:1'])
    a('truncated.json', text[:len(text) // 2], ['truncated.json:'])
    a('trailing-garbage.json', text + ']]', ['trailing-garbage.json:%d:1' % (text.count('\n') + 1)])
    a('nul-raw.json', text.replace('prisoners"', 'pris\0oners"'), ['NUL byte'])
    a('nul-escaped.json', text.replace('"prisoners"', '"pris\\u0000oners"'), ['\\u0000 (a NUL character) is not allowed'])
    a('invalid-utf8.json', text.encode().replace(b'First time', b'First \xff\xfe time'),
      ['first.items[1].body[0].value: invalid UTF-8'])
    a('duplicate-member.json', text.replace('"motivation": "highlighting",', '"motivation": "highlighting",\n"motivation": "commenting",'),
      ['member “motivation” appears twice'])
    a('nested-70.json', text.replace('"total": 6', '"total": ' + '[' * 70 + ']' * 70), ['nested deeper than 64 levels'])
    a('top-string.json', '"annotations"', ['top-string.json:'])
    a('top-number.json', '18446744073709551616', ['integer too large'])


def annotations_big(out):
    with open(EVERY_KIND, encoding='utf-8') as f:
        every = json.load(f)
    a = lambda name, data, say, whole=False: add('annotations', name, data, 'annotations-import', 'fail', say, big=True,
                                                 out=out, whole=whole)
    a('big-nested.json', '[' * 100000, ['nested deeper than 64 levels'])
    one = copy.deepcopy(every['first']['items'][0])
    one['target']['selector'][0]['exact'] = 'Q' * (20 * 1024 * 1024)
    a('big-quote-20mb.json', json.dumps(one), [':1:375: target.selector[0].exact: the text is too long (21.0\u00a0MB; the limit is 1.0\u00a0MB)'])
    a('big-dense-values-30mb.json', '[' + ','.join(['0'] * (15 * 1024 * 1024)) + ']',
      ['big-dense-values-30mb.json:1:', 'too many values for a file of 31.5\u00a0MB'])
    # Above the 64 MB cap: refused before it is read.
    a('big-over-cap.json', b'[' + b' ' * (65 * 1024 * 1024) + b']',
      ['big-over-cap.json: the file is too large (over the limit of 67.1\u00a0MB)'], whole=True)


# ---------------------------------------------------------------- annotation store files

def stores(out):
    with open(EVERY_KIND, encoding='utf-8') as f:
        every = json.load(f)
    store = {'format': 'briefing-annotations', 'version': 1, 'bundle': 'example-talks',
             'labels': {'yellow': 'Agreed', 'blue': 'To check'}, 'annotations': every['first']['items'][:4]}
    s = lambda name, data, say=(), expect='fail', whole=False: add('stores', name, data, 'store', expect, say, out=out,
                                                                   whole=whole)
    s('valid.annotations.json', dumps(store), ['4 annotations'], expect='ok')
    type_swaps(store, 'stores', '.annotations.json', 'store', out, say_of=annotation_say)
    text = dumps(store)
    for name, change, say in (
            ('version-2', {'version': 2}, 'version'),
            ('version-huge', {'version': 2 ** 40}, 'version'),
            ('format-other', {'format': 'briefing-bundle'}, 'format'),
            ('bundle-other', {'bundle': 'another-bundle'}, 'bundle'),
            ('labels-unknown-color', {'labels': {'ultraviolet': 'x'}}, 'labels'),
            ):
        d = dict(store, **change)
        s('%s.annotations.json' % name, dumps(d), [say])
    # A long label is the user's own words: kept, up to the limit of any text (1 MiB).
    s('labels-100k.annotations.json', dumps(dict(store, labels={'yellow': 'L' * 100000})), ['4 annotations'], 'ok')
    s('empty.annotations.json', b'', ['could not be read (the file is empty)'], whole=True)
    s('truncated.annotations.json', text[:len(text) // 3], ['truncated.annotations.json'])
    s('invalid-utf8.annotations.json', text.encode().replace(b'prisoners', b'pris\xc0\xafoners'), ['invalid UTF-8'])
    s('nul.annotations.json', text.replace('"prisoners"', '"pris\\u0000oners"'), ['\\u0000 (a NUL character) is not allowed'])
    s('duplicate.annotations.json', text.replace('"version": 1,', '"version": 1,\n  "version": 2,'),
      ['member “version” appears twice'])
    s('nested.annotations.json', text.replace('"version": 1', '"version": ' + '[' * 100 + ']' * 100),
      ['nested deeper than 64 levels'])


def stores_big(out):
    s = lambda name, data, say, whole=False: add('stores', name, data, 'store', 'fail', say, big=True, out=out, whole=whole)
    s('big-over-cap.annotations.json', b' ' * (65 * 1024 * 1024),
      ['could not be read (the file is too large (68.2\u00a0MB; the limit is 67.1\u00a0MB))'], whole=True)
    store = {'format': 'briefing-annotations', 'version': 1, 'bundle': 'example-talks',
             'labels': {'yellow': 'L' * (2 * 1024 * 1024)}, 'annotations': []}
    s('big-label-2mb.annotations.json', dumps(store), ['(6:15: labels.yellow: the text is too long (2.1\u00a0MB; the limit is 1.0\u00a0MB))'])
    s('big-dense-values.annotations.json', '[' + ','.join(['0'] * (15 * 1024 * 1024)) + ']',
      ['could not be read (1:', 'too many values for a file of 31.5\u00a0MB'])
    s('big-nested.annotations.json', '{"a":' * 100000, ['nested deeper than 64 levels'])


# ---------------------------------------------------------------- web pages for the importer

PARAS = ('<p>Delegations from Arland and Borduria met for a second day of talks in the capital on Monday, '
         'with a mediator shuttling between the two rooms.</p>\n'
         '<p>Both sides agreed to exchange fifty prisoners each before the end of the month, officials said '
         'after the meeting.</p>\n'
         '<p>A ceasefire was not agreed; the next round is expected in July.</p>\n')


def page(head='', body='', doctype='<!DOCTYPE html>'):
    return ('%s\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Talks end without a truce</title>\n%s</head>\n'
            '<body>\n<article>\n<h1>Talks end without a truce</h1>\n%s%s</article>\n</body>\n</html>\n'
            % (doctype, head, PARAS, body))


def pages(out):
    def p(name, data, expect='ok', say=(), absent=(), whole=False):
        add('pages', name, data, 'import', expect, say, absent, out=out, whole=whole)
    ok = ['Wrote ', '(1 article)']

    # Entities and DTDs: nothing expanded from a DTD, nothing read from disk or the network.
    laughs = ('<!DOCTYPE html [\n<!ENTITY lol "lol">\n'
              + ''.join('<!ENTITY lol%d "%s">\n' % (i, ('&lol%d;' % (i - 1) if i > 1 else '&lol;') * 10) for i in range(1, 10))
              + ']>')
    p('billion-laughs.html', page(body='<p>&lol9;</p>\n', doctype=laughs), absent=['lollol'])
    p('xxe-file.html', page(body='<p>&xxe;</p>\n', doctype='<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
      absent=['root:', '/bin/'])
    p('xxe-remote-dtd.html', page(doctype='<!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd">'), absent=['evil'])
    p('xxe-parameter.html', page(doctype='<!DOCTYPE html [<!ENTITY % x SYSTEM "file:///etc/passwd"> %x;]>'),
      absent=['root:'])
    p('xml-declaration-xxe.xhtml', '<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n'
      + page(body='<p>&xxe;</p>\n', doctype='').replace('<html lang', '<html xmlns="http://www.w3.org/1999/xhtml" lang'),
      absent=[open('/etc/hostname').read().strip() or 'no-hostname'] if os.path.exists('/etc/hostname') else [])

    # Active content: its text never becomes the article's.
    active = ('<script>document.write("SCRIPTTEXT")</script>\n'
              '<iframe src="https://evil.example/"><p>IFRAMETEXT</p></iframe>\n'
              '<object data="evil.swf"><p>OBJECTTEXT</p></object>\n'
              '<embed src="evil.swf">\n'
              '<noscript><p>NOSCRIPTTEXT</p></noscript>\n'
              '<template><p>TEMPLATETEXT</p></template>\n'
              '<style>p { background: url(javascript:alert(1)) } STYLETEXT</style>\n'
              '<svg><script>SVGSCRIPT</script><text>SVGTEXT</text></svg>\n'
              '<p onclick="alert(\'ONCLICKTEXT\')">Officials said the talks would resume.</p>\n'
              '<img src="x" onerror="alert(\'ONERRORTEXT\')">\n')
    p('active-content.html', page(head='<script src="https://evil.example/a.js"></script>\n', body=active),
      absent=['SCRIPTTEXT', 'IFRAMETEXT', 'OBJECTTEXT', 'NOSCRIPTTEXT', 'TEMPLATETEXT', 'STYLETEXT', 'SVGSCRIPT',
              'ONCLICKTEXT', 'ONERRORTEXT', 'javascript:', 'evil.example'])
    p('script-only.html', '<html><head><title>Nothing here</title></head><body><script>var talks = "Arland and '
      'Borduria agreed to a lot of things in a long paragraph that is only a script";</script></body></html>',
      expect='fail', say=['script-only.html: no article text found'], whole=True)
    p('javascript-urls.html', page(head='<meta property="og:url" content="javascript:alert(1)">\n'
                                        '<link rel="canonical" href="javascript:alert(2)">\n',
                                   body='<p><a href="javascript:alert(3)">Read more about the talks in the capital</a></p>\n'),
      absent=['javascript:'])
    p('data-urls.html', page(head='<meta property="og:url" content="data:text/html,<script>alert(1)</script>">\n'
                                  '<link rel="canonical" href="data:text/html;base64,PHNjcmlwdD4=">\n'
                                  '<meta property="og:image" content="file:///etc/passwd">\n',
                             body='<p><img src="data:image/png;base64,iVBORw0KGgo="></p>\n'),
      absent=['data:', 'file:', '/etc/passwd'])
    p('file-url-canonical.html', page(head='<link rel="canonical" href="file:///etc/passwd">\n'
                                           '<base href="file:///">\n'),
      absent=['file:', '/etc/passwd'])
    p('meta-refresh.html', page(head='<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/steal">\n'),
      absent=['127.0.0.1', 'steal'])
    p('json-ld-hostile.html', page(head='<script type="application/ld+json">{"@type":"NewsArticle","headline":'
                                        '"Talks\\u0000end","datePublished":"2025-06-02","author":'
                                        + '[' * 100 + ']' * 100 + '}</script>\n'))
    p('json-ld-deep.html', page(head='<script type="application/ld+json">' + '[' * 200000 + '</script>\n'))
    p('json-ld-duplicate.html', page(head='<script type="application/ld+json">{"@type":"NewsArticle","headline":"A",'
                                          '"headline":"B","datePublished":"2025-06-02"}</script>\n'))

    # Character sets that lie or do not exist.
    body_1251 = page().replace('Talks end without a truce', 'Переговоры завершились без перемирия')
    p('charset-lie-utf8-is-1251.html', body_1251.encode('windows-1251'), expect='fail',
      say=['charset-lie-utf8-is-1251.html:5:8: the page says it is UTF-8 but is not (invalid byte at offset 70)'])
    p('charset-lie-1251-is-utf8.html', body_1251.replace('charset="utf-8"', 'charset="windows-1251"').encode('utf-8'),
      absent=['Переговоры'])
    p('charset-unknown.html', page().replace('charset="utf-8"', 'charset="x-no-such-charset"'), expect='fail',
      say=['charset-unknown.html: the page declares the character set “x-no-such-charset”, which cannot be converted'],
      whole=True)
    p('charset-utf7.html', page(body='<p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p>\n').replace('charset="utf-8"', 'charset="utf-7"'),
      absent=['<script>'])
    # A <meta> read as ASCII cannot be right in saying UTF-16: read as UTF-8, as browsers do.
    p('charset-utf16-declared-ascii.html', page().replace('charset="utf-8"', 'charset="utf-16"'), say=ok)
    p('invalid-utf8.html', page().encode().replace(b'fifty', b'fi\xff\xfety'), expect='fail',
      say=['invalid-utf8.html:11:36: the page says it is UTF-8 but is not (invalid byte at offset 348)'])
    p('utf16-bom.html', b'\xff\xfe' + page().encode('utf-16-le'), say=ok)
    p('nul-bytes.html', page().replace('fifty', 'fi\0fty'), expect='fail',
      say=['nul-bytes.html:11:36: this is not a text or HTML page: it holds NUL bytes'])
    # A few control bytes are dropped; a page of them is binary.
    p('control-bytes.html', page().replace('fifty', 'fi\x01\x02\x03fty'), say=ok, absent=['\\u0001', '\\u0002'])
    p('control-bytes-many.html', page().replace('fifty', '\x01\x02\x03' * 300), expect='fail',
      say=['control-bytes-many.html: this is not a text or HTML page: it holds control bytes'], whole=True)

    # Not pages at all.
    p('empty.html', b'', expect='fail', say=['empty.html: the page is empty'], whole=True)
    p('whitespace.html', b'  \n\n  \t\n', expect='fail', say=['whitespace.html: the page is empty'], whole=True)
    p('png.html', b'\x89PNG\r\n\x1a\n\0\0\0\rIHDR' + bytes(range(256)), expect='fail',
      say=['png.html:3:1: this is not a text or HTML page: it holds NUL bytes'])
    p('gzip.html', b'\x1f\x8b\x08\x00' + bytes(64), expect='fail',
      say=['gzip.html:1:4: this is not a text or HTML page: it holds NUL bytes'])
    p('no-text.html', '<html><head><title>A title</title></head><body><nav>Home | World</nav></body></html>',
      expect='fail', say=['no-text.html: no article text found'], whole=True)
    p('no-headline.html', '<html><body>' + PARAS.replace('<p>', '<div>').replace('</p>', '</div>') + '</body></html>',
      expect='fail', say=['no-headline.html: no headline found'], whole=True)

    # Shapes a parser may choke on.
    p('nested-5000-divs.html', page(body='<div>' * 5000 + '<p>Deep inside the page, officials confirmed the swap.</p>'
                                    + '</div>' * 5000))
    p('unclosed-tags.html', page(body='<p><b><i><u>' * 2000 + 'Unclosed words.'))
    # libxml2's time grows with the square of a tag's attributes: up to 1000 are read, more refused.
    p('attributes-1000.html', page(body='<p ' + ' '.join('a%d="%d"' % (i, i) for i in range(1000)) + '>Officials spoke.</p>\n'))
    p('attributes-1001.html', page(body='<p ' + ' '.join('a%d="%d"' % (i, i) for i in range(1001)) + '>Officials spoke.</p>\n'),
      expect='fail', say=['attributes-1001.html:13:1: an element has more than 1000 attributes'])
    p('long-title.html', page().replace('<title>Talks end without a truce</title>', '<title>' + 'T' * 500000 + '</title>'))
    p('comments-cdata.html', page(body='<!-- COMMENTTEXT --><![CDATA[CDATATEXT]]><?php echo "PHPTEXT"; ?>\n'),
      absent=['COMMENTTEXT', 'PHPTEXT'])
    p('markdown-html.md', '# Talks end without a truce\n\nArland and Borduria agreed to swap fifty prisoners each.\n\n'
      '<script>alert("MDSCRIPT")</script>\n\n[click](javascript:alert(1)) and ![x](file:///etc/passwd)\n',
      absent=['MDSCRIPT', 'javascript:', 'file:'])
    p('text-long-line.txt', 'Talks end without a truce\n\n' + 'Arland and Borduria met again. ' * 20000 + '\n')


def pages_big(out):
    def p(name, data, expect='ok', say=(), absent=(), whole=False):
        add('pages', name, data, 'import', expect, say, absent, big=True, out=out, whole=whole)
    p('big-word-10mb.html', page(body='<p>' + 'x' * (10 * 1024 * 1024) + '</p>\n'))
    p('big-nested-100k-divs.html', page(body='<div>' * 100000 + '<p>Deep inside the page, officials confirmed the swap.</p>'
                                        + '</div>' * 100000))
    p('big-attributes-100k.html', page(body='<p ' + ' '.join('a%d="%d"' % (i, i) for i in range(100000)) + '>Officials spoke.</p>\n'),
      expect='fail', say=['big-attributes-100k.html:13:1: an element has more than 1000 attributes'])
    p('big-paragraphs-50k.html', page(body='<p>Another short statement from the delegations.</p>\n' * 50000))
    p('big-over-cap.html', b' ' * (33 * 1024 * 1024), expect='fail',
      say=['big-over-cap.html: the page is too large (34.6\u00a0MB; the limit is 33.6\u00a0MB)'], whole=True)
    p('big-json-ld-deep.html', page(head='<script type="application/ld+json">' + '[' * 1000000 + '</script>\n'))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == '--big':
        out = sys.argv[2]
        for fn in (bundles_big, annotations_big, stores_big, pages_big):
            fn(out)
        return
    if len(sys.argv) == 2 and sys.argv[1] == '--list-big':
        out = None
    elif len(sys.argv) == 1:
        out = HERE
    else:
        sys.exit(__doc__)
    for fn in (bundles, annotations, stores, pages):
        fn(out)
    for fn in (bundles_big, annotations_big, stores_big, pages_big):
        fn(None)
    if out is not None:
        with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as f:
            json.dump(MANIFEST, f, indent=1, ensure_ascii=False)
            f.write('\n')


if __name__ == '__main__':
    main()
