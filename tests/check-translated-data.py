#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The desktop file and the AppStream metainfo as built: translated into every language of LINGUAS.

Usage: check-translated-data.py LINGUAS DESKTOP_FILE METAINFO_FILE
"""
import configparser
import sys
import xml.etree.ElementTree as ET

XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'


def main(linguas, desktop_path, metainfo_path):
    with open(linguas, encoding='utf-8') as f:
        languages = f.read().split()
    problems = []

    desktop = configparser.RawConfigParser(interpolation=None, strict=False)
    desktop.optionxform = str
    desktop.read(desktop_path, encoding='utf-8')
    entry = desktop['Desktop Entry']
    for language in languages:
        for key in ('GenericName', 'Comment', 'Keywords'):
            value = entry.get(f'{key}[{language}]')
            if not value:
                problems.append(f'{desktop_path}: no {key}[{language}]')
            elif value == entry.get(key):
                problems.append(f'{desktop_path}: {key}[{language}] is the English')
        if entry.get(f'Keywords[{language}]', ';').endswith(';') is False:
            problems.append(f'{desktop_path}: Keywords[{language}] does not end with “;”')

    component = ET.parse(metainfo_path).getroot()
    english_paragraphs = [e for e in component.find('description') if XML_LANG not in e.attrib]
    for language in languages:
        summary = [e for e in component.findall('summary') if e.get(XML_LANG) == language]
        if not summary:
            problems.append(f'{metainfo_path}: no summary in {language}')
        for paragraph in english_paragraphs:
            if paragraph.tag == 'ul':
                english = [e for e in paragraph.findall('li') if XML_LANG not in e.attrib]
                translated = [e for e in paragraph.findall('li') if e.get(XML_LANG) == language]
                if len(translated) != len(english):
                    problems.append(f'{metainfo_path}: {len(translated)} of {len(english)} list items in {language}')
        described = [e for e in component.find('description') if e.get(XML_LANG) == language]
        if len(described) < len([p for p in english_paragraphs if p.tag == 'p']):
            problems.append(f'{metainfo_path}: description paragraphs not all in {language}')

    for problem in problems:
        print(problem)
    print(f'{len(languages)} languages checked, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
