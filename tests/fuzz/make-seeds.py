#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora (corpus/TARGET/) and the dictionaries (TARGET.dict) of the fuzz targets
from the sample bundle, the test fixtures and the JSON Schemas. Run from anywhere; it rewrites what it
wrote before and leaves whatever else is in the folders (inputs that libFuzzer found and that were
added by hand) alone. Seeds are kept small: libFuzzer mutates small inputs faster."""

import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
SAMPLE = os.path.join(ROOT, 'data', 'samples', 'istanbul-talks-2025.bundle.json')
DATA = os.path.join(ROOT, 'tests', 'data')
BUNDLE_ID = 'istanbul-talks-2025'


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def write(target, name, data):
    folder = os.path.join(HERE, 'corpus', target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(folder, name), 'wb') as f:
        f.write(data)


def dump(value, indent=None):
    return json.dumps(value, ensure_ascii=False, indent=indent) + ('\n' if indent else '')


def bundle_seeds(sample):
    write('bundle-reader', 'minimal.json', read(os.path.join(DATA, 'minimal.bundle.json')))
    invalid = os.path.join(DATA, 'invalid')
    for name in sorted(os.listdir(invalid)):
        if name.endswith('.bundle.json'):
            write('bundle-reader', 'invalid-' + name[:-len('.bundle.json')] + '.json',
                  read(os.path.join(invalid, name)))
    # Slices of the sample: its top level with the first N items of each list (references to
    # items left out make some of them invalid, which is what the reader's checks need).
    for n in (1, 2, 3):
        part = {k: (v[:n] if isinstance(v, list) else v) for k, v in sample.items() if k != '$schema'}
        write('bundle-reader', f'sample-first-{n}.json', dump(part, indent=2 if n == 1 else None))
    # The parties alone, and one event with its citations.
    write('bundle-reader', 'sample-parties.json',
          dump({k: sample[k] for k in ('format', 'version', 'id', 'title', 'parties')}))
    event = next(e for e in sample['events'] if e.get('outcomes'))
    cited = {c['source'] for o in event.get('outcomes', []) for c in o.get('citations', [])}
    part = {k: sample[k] for k in ('format', 'version', 'id', 'title', 'language', 'parties')}
    part['articles'] = [a for a in sample['articles'] if a['id'] in cited]
    part['events'] = [event]
    write('bundle-reader', 'sample-one-event.json', dump(part, indent=2))


def quote_annotations(sample):
    """Annotations on the sample's words, found where they are (and one that is not there)."""
    result = []
    for i, article in enumerate(sample['articles'][:3]):
        text = article['articleBody'][0]
        start = min(20, len(text) // 3)
        exact = text[start:start + 30]
        result.append({
            'id': f'urn:uuid:00000000-0000-4000-8000-00000000000{i}',
            'type': 'Annotation',
            'motivation': ['highlighting', 'commenting', 'questioning'][i],
            'created': '2025-06-03T10:15:00Z',
            'modified': '2025-06-03T10:15:00Z',
            'body': ([] if i == 0 else
                     [{'type': 'TextualBody', 'purpose': 'commenting', 'value': 'Check this.',
                       'format': 'text/plain'}]),
            'target': {
                'source': f'urn:briefing:{BUNDLE_ID}:article:{article["id"]}',
                'selector': [
                    {'type': 'TextQuoteSelector', 'exact': exact,
                     'prefix': text[max(0, start - 8):start], 'suffix': text[start + 30:start + 38]},
                    {'type': 'TextPositionSelector', 'start': start + (7 if i == 2 else 0),
                     'end': start + 30 + (7 if i == 2 else 0)},
                ],
            },
            'briefing:color': ['yellow', 'green', 'orange'][i],
        })
        if i == 2:
            result[-1]['briefing:owner'] = 'Desk'
            result[-1]['briefing:deadline'] = '2025-06-10'
    return result


def renamed(value):
    return json.loads(json.dumps(value).replace('example-talks', BUNDLE_ID))


def annotation_seeds(sample):
    every = renamed(json.load(open(os.path.join(DATA, 'annotations', 'every-kind.json'))))
    items = every['first']['items']
    ours = quote_annotations(sample)

    # The exchange document, as the importer reads it: a collection, one annotation, an array.
    write('annotation-w3c', 'every-kind.json', dump(every, indent=2))
    write('annotation-w3c', 'array.json', dump(items[:3]))
    for i, item in enumerate(items):
        write('annotation-w3c', f'single-{i}.json', dump(item))
    sample_collection = copy.deepcopy(every)
    sample_collection['first']['items'] = ours
    sample_collection['total'] = len(ours)
    write('annotation-w3c', 'sample-quotes.json', dump(sample_collection))
    invalid = os.path.join(DATA, 'annotations', 'invalid')
    for name in sorted(os.listdir(invalid)):
        write('annotation-w3c', 'invalid-' + name,
              dump(renamed(json.load(open(os.path.join(invalid, name)))), indent=2))

    # The store file.
    def store(annotations, labels=None, **extra):
        document = {'format': 'briefing-annotations', 'version': 1, 'bundle': BUNDLE_ID,
                    'labels': labels or {}, 'annotations': annotations}
        document.update(extra)
        return document

    write('annotation-store', 'empty.json', dump(store([])))
    write('annotation-store', 'every-kind.json',
          dump(store(items, {'yellow': 'Key demand', 'red': 'Refused'}), indent=2))
    write('annotation-store', 'sample-quotes.json', dump(store(ours, {'green': 'Agreed'})))
    for i, item in enumerate(items):
        write('annotation-store', f'one-{i}.json', dump(store([item])))
    write('annotation-store', 'other-bundle.json', dump(store(items[:1], bundle='other-talks')))
    write('annotation-store', 'newer-version.json', dump(store([], version=2)))
    write('annotation-store', 'unknown-color-label.json', dump(store([], {'teal': 'What'})))
    write('annotation-store', 'duplicate-id.json', dump(store([items[0], items[0]])))
    write('annotation-store', 'not-an-object.json', '[1, 2, 3]\n')
    write('annotation-store', 'invalid-utf8.json',
          b'{"format": "briefing-annotations", "bundle": "\xff\xfe"}')


def import_seeds():
    # The pages of tests/data/import are seeds too: the replay and CI read that folder as it is.
    write('article-import', 'tiny.html',
          '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Talks resume</title>'
          '<meta property="article:published_time" content="2025-06-02T09:00:00Z"></head>'
          '<body><article><h1>Talks resume</h1><p>By Desk Writer</p>'
          '<p>ISTANBUL, June 2 &mdash; The delegations met for an hour &amp; agreed to meet again.</p>'
          '</article></body></html>\n')
    write('article-import', 'tiny.md',
          '# Talks resume\n\n*By Desk Writer*\n\nPublished 2 June 2025\n\n'
          'The delegations met for an hour and [agreed](https://example.org) to meet again.\n\n'
          '- a list item\n- another\n')
    write('article-import', 'tiny.txt',
          'Talks resume\n\nISTANBUL, Turkey (June 2, 2025) - The delegations met for an hour.\n\n'
          'They agreed to meet again next week.\n')


def extract_seeds():
    folder = os.path.join(DATA, 'extract')
    dates = ['2025-06-02', '2025-05-16', '2025-07-23T10:30:00+03:00', '2025', '2025-06']
    names = sorted(n for n in os.listdir(folder) if n.endswith('.txt'))
    for i, name in enumerate(names):
        text = read(os.path.join(folder, name)).decode('utf-8')
        write('extract', name, dates[i % len(dates)] + '\n' + text)
    for text in ('P2W', 'P1DT2H', 'PT90M', '0001-01-01', '9999-12-31T23:59:59.999999-14:00',
                 '2024-02-29', '2025-06-02T24:00:00Z'):
        write('extract', 'date-' + re.sub(r'[^0-9A-Za-z]+', '-', text).strip('-') + '.txt',
              text + '\n')
    write('extract', 'relative.txt',
          '2025-06-02\nTalks end\n\nThe talks ended yesterday, a week after the first round on Monday, '
          'and will resume before the end of June or early next month, on 23 July.\n')


def schema_members(path):
    names = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == 'properties' and isinstance(value, dict):
                    names.update(value.keys())
                if key in ('enum', 'const'):
                    for v in (value if isinstance(value, list) else [value]):
                        if isinstance(v, str):
                            names.add(v)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.load(open(path)))
    return names


JSON_TOKENS = ['{', '}', '[', ']', ':', ',', '"', '\\"', '\\\\', '\\u0000', '\\ud800', '\\udc00',
               'true', 'false', 'null', '-0', '1e308', '9007199254740993', '-9007199254740993',
               '0.5', '"":', '{}', '[]', '\xef\xbb\xbf']


def escape(token):
    out = ''
    for byte in token.encode('utf-8'):
        c = chr(byte)
        out += c if 32 <= byte < 127 and c not in '"\\' else f'\\x{byte:02x}'
    return out


def write_dict(name, tokens, comment):
    with open(os.path.join(HERE, name + '.dict'), 'w') as f:
        f.write(f'# {comment}\n# Written by make-seeds.py.\n')
        for token in sorted(set(tokens)):
            f.write(f'"{escape(token)}"\n')


def dictionaries():
    bundle = schema_members(os.path.join(ROOT, 'data', 'bundle.schema.json'))
    annotations = schema_members(os.path.join(ROOT, 'data', 'annotations.schema.json'))
    quoted = lambda names: ['"' + n + '"' for n in names]
    dates = ['2025-06-02', '2025-06-02T10:30:00Z', '+03:00', 'T', 'Z', '.000001']
    write_dict('bundle-reader', JSON_TOKENS + quoted(bundle) + ['"briefing-bundle"'] + dates,
               'JSON tokens and the bundle members of data/bundle.schema.json.')
    annotation = (JSON_TOKENS + quoted(annotations) + dates +
                  ['"briefing-annotations"', '"urn:briefing:' + BUNDLE_ID + ':article:',
                   ':event:', ':demand:', 'urn:uuid:', '"briefing:color"', '"briefing:owner"',
                   '"briefing:deadline"'])
    write_dict('annotation-store', annotation + ['"labels"', '"bundle"', '"annotations"'],
               'JSON tokens and the members of the annotation store file.')
    write_dict('annotation-w3c', annotation + ['"AnnotationCollection"', '"AnnotationPage"', '"first"'],
               'JSON tokens and the members of W3C Web Annotations as Briefing reads them.')

    html = []
    for tag in ('html', 'head', 'body', 'title', 'meta', 'link', 'script', 'style', 'article', 'main',
                'section', 'div', 'p', 'h1', 'h2', 'span', 'a', 'time', 'figure', 'figcaption',
                'aside', 'nav', 'header', 'footer', 'ul', 'li', 'br', 'blockquote', 'noscript',
                'amp-img', 'iframe', 'form', 'button'):
        html += [f'<{tag}>', f'</{tag}>', f'<{tag} ']
    html += ['<!DOCTYPE html>', '<!--', '-->', '<![CDATA[', ']]>', ' class="', ' id="', ' role="',
             ' rel="canonical"', ' href="', ' datetime="', ' content="', ' property="', ' name="',
             ' charset="', 'charset=windows-1251', 'charset=iso-8859-1', 'charset=utf-8',
             'og:title', 'og:site_name', 'article:published_time', 'author', 'byline',
             'application/ld+json', '"@type":"NewsArticle"', '"datePublished":', '"headline":',
             '"author":', '&amp;', '&lt;', '&gt;', '&quot;', '&nbsp;', '&mdash;', '&#8212;', '&#x2014;',
             '&#0;', '&#xD800;', '\xc2\xa0', '\xe2\x80\x94', 'By ', 'Published ', 'Updated ',
             '# ', '## ', '**', '*', '_', '[', '](', ')', '> ', '- ', '1. ', '```', '---', '\r\n',
             '\xef\xbb\xbf']
    write_dict('article-import', html, 'HTML tags, attributes and entities, and Markdown marks.')

    rules = json.load(open(os.path.join(ROOT, 'data', 'import', 'rules-en.json')))
    gazetteer = json.load(open(os.path.join(ROOT, 'data', 'import', 'gazetteer-en.json')))
    words = [m for month in rules.get('months', []) for m in month]
    words += [w for day in rules.get('weekdays', []) for w in (day if isinstance(day, list) else [day])]
    for entity in gazetteer.get('entities', [])[:20]:
        words += [entity.get('name', '')] + entity.get('demonyms', [])[:1] + entity.get('metonyms', [])[:1]
        words += [p.get('name', '') for p in entity.get('people', [])[:1]]
    words += ['yesterday', 'today', 'last week', 'next month', 'the end of', 'early', 'on ', 'since ',
              'agreed to', 'demanded', 'refused', 'rejected', 'proposed', 'ceasefire', 'prisoners',
              'round of talks', 'memorandum', 'said', ', ', '. ', '\n\n', '"', '\xe2\x80\x9c', '\xe2\x80\x9d',
              '2025', '1st', '2nd', '23rd']
    words += dates + ['P', 'W', 'D', 'H', 'M', 'S']
    write_dict('extract', [w for w in words if w], 'Months, weekdays, parties and cue words of the English rules.')


def main():
    sample = json.load(open(SAMPLE))
    bundle_seeds(sample)
    annotation_seeds(sample)
    import_seeds()
    extract_seeds()
    dictionaries()
    return 0


if __name__ == '__main__':
    sys.exit(main())
