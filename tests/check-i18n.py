#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every string a user reads is translatable, and every translation is complete.

Usage: check-i18n.py SOURCE_ROOT [MSGFMT]

Checks:
- every C or .ui file with translatable strings is in po/POTFILES.in, and every listed file exists;
- in .ui files, every user-visible property (label, title, tooltip, placeholder, accessible name and
  description, menu labels) with words in it is marked translatable="yes";
- in C files, string literals with words passed to functions that show text to users are wrapped
  in _(), C_(), N_(), NC_(), ngettext or g_dngettext;
- with MSGFMT, every language in po/LINGUAS compiles with `msgfmt -c` and has no untranslated or
  fuzzy message once merged with the strings the sources hold now (xgettext run here, as meson's
  briefing-pot runs it), so a string added without its translations fails;
- po/LINGUAS, the languages in src/core/briefing-languages.c and the choices of the GSettings keys
  "language" and "export-language" name the same languages;
- in English and in every language, no two items of one menu in a .ui file have the same access
  key (the letter after "_"), so that Alt and that letter always reaches one item.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = sys.argv[1]
MSGFMT = sys.argv[2] if len(sys.argv) > 2 else None
problems = []

MARKERS = re.compile(r'\b(_|C_|N_|NC_|ngettext|briefing_ngettext|g_dngettext|g_dpgettext2|dngettext)\s*\(|translatable="yes"')

# .ui properties people read
UI_PROPERTIES = {'label', 'title', 'tooltip-text', 'tooltip-markup', 'placeholder-text', 'text',
                 'description', 'subtitle', 'secondary-text', 'section-name' + '-never'}
UI_ATTRIBUTES = {'label'}  # <attribute name="label"> in menus

# C functions whose string arguments people read
C_FUNCTIONS = [
    'gtk_label_new', 'gtk_label_set_text', 'gtk_label_set_label', 'gtk_label_set_markup',
    'gtk_button_new_with_label', 'gtk_button_new_with_mnemonic', 'gtk_button_set_label',
    'gtk_check_button_new_with_label', 'gtk_check_button_set_label', 'gtk_toggle_button_new_with_label',
    'gtk_widget_set_tooltip_text', 'gtk_widget_set_tooltip_markup', 'gtk_window_set_title',
    'gtk_editable_set_text', 'gtk_entry_set_placeholder_text', 'gtk_progress_bar_set_text',
    'g_menu_append', 'g_menu_item_new', 'g_menu_append_submenu', 'g_menu_append_section',
    'gtk_file_filter_set_name', 'gtk_file_chooser_native_new', 'gtk_string_list_append',
    'g_set_error', 'g_set_error_literal', 'g_task_return_new_error', 'g_printerr', 'g_print',
    'gtk_tooltip_set_text', 'gtk_accessible_update_property',
]

WORDS = re.compile(r'[A-Za-z]{2,}')
FORMAT = re.compile(r'%(\d+\$)?[-+ #0]*\d*(\.\d+)?(h|l|ll|z|j|t|L)?[diouxXeEfFgGcsp%]|%"\s*G_\w+_FORMAT\s*"')


def has_words (text):
    """True when a string says something in words, not just format specifiers and punctuation."""
    stripped = FORMAT.sub('', text)
    stripped = re.sub(r'\\[nt"\\]', ' ', stripped)
    return WORDS.search(stripped) is not None


def source_files ():
    for top in ('src', 'ui', 'data'):
        for dirpath, _, names in os.walk(os.path.join(ROOT, top)):
            for name in sorted(names):
                if name.endswith(('.c', '.ui', '.desktop.in', '.metainfo.xml.in', '.gschema.xml')):
                    yield os.path.relpath(os.path.join(dirpath, name), ROOT)


def check_potfiles ():
    with open(os.path.join(ROOT, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        listed = [l.strip() for l in f if l.strip() and not l.startswith('#')]
    for name in listed:
        if not os.path.exists(os.path.join(ROOT, name)):
            problems.append(f'po/POTFILES.in: {name} does not exist')
    for name in source_files():
        with open(os.path.join(ROOT, name), encoding='utf-8') as f:
            text = f.read()
        if name.endswith('.gschema.xml'):
            needed = '<summary' in text
        else:
            needed = MARKERS.search(text) is not None
        if needed and name not in listed:
            problems.append(f'{name}: has translatable strings but is not in po/POTFILES.in')


def check_ui (path):
    rel = os.path.relpath(path, ROOT)
    try:
        tree = ET.parse(path)
    except ET.ParseError as e:
        problems.append(f'{rel}: {e}')
        return
    for element in tree.iter():
        name = element.get('name')
        tag = element.tag
        text = (element.text or '').strip()
        if tag == 'property' and name in UI_PROPERTIES or tag == 'attribute' and name in UI_ATTRIBUTES:
            if text and has_words(text) and element.get('translatable') != 'yes':
                # Action names and icon names are not for people.
                if not re.fullmatch(r'[a-z0-9.\-_:]+', text):
                    problems.append(f'{rel}: <{tag} name="{name}"> “{text}” is not marked translatable')
        # Nested builder XML inside list item factories is checked by the same rules.
        if tag == 'property' and name == 'bytes' and text.startswith('<?xml'):
            try:
                inner = ET.fromstring(text.split('?>', 1)[1])
            except ET.ParseError:
                continue
            for sub in inner.iter():
                sub_text = (sub.text or '').strip()
                if sub.tag == 'property' and sub.get('name') in UI_PROPERTIES and sub_text and \
                   has_words(sub_text) and sub.get('translatable') != 'yes':
                    problems.append(f'{rel}: list item <property name="{sub.get("name")}"> “{sub_text}” '
                                    'is not marked translatable')


CALL = re.compile(r'\b(' + '|'.join(C_FUNCTIONS) + r')\s*\(')
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')


def call_arguments (text, start):
    """The text of a call's arguments, from its opening parenthesis."""
    depth = 0
    i = start
    in_string = False
    while i < len(text):
        c = text[i]
        if in_string:
            if c == '\\':
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c == '(':
            depth += 1
        elif c == ')':
            depth -= 1
            if depth == 0:
                return text[start + 1:i]
        i += 1
    return text[start + 1:]


def check_c (path):
    rel = os.path.relpath(path, ROOT)
    with open(path, encoding='utf-8') as f:
        text = f.read()
    # Comments do not count.
    text = re.sub(r'/\*.*?\*/', lambda m: ' ' * len(m.group(0)), text, flags=re.S)
    for m in CALL.finditer(text):
        args = call_arguments(text, m.end() - 1)
        # Remove wrapped literals: _("…"), C_("ctx", "…"), ngettext ("…", "…", n)…
        unwrapped = re.sub(r'\b(?:_|N_|C_|NC_|ngettext|briefing_ngettext|g_dngettext|g_dpgettext2|dngettext)\s*\((?:[^()]|\([^()]*\))*\)',
                           '', args)
        for lit in LITERAL.finditer(unwrapped):
            value = lit.group(1)
            if not has_words(value):
                continue
            # Resource paths, action names, icon names, CSS classes and URIs are not for people.
            if re.fullmatch(r'[a-z0-9.\-_:/()\'%$]+', value):
                continue
            line = text.count('\n', 0, m.start()) + 1
            problems.append(f'{rel}:{line}: {m.group(1)} shows “{value}” without _()')


check_potfiles()
for name in source_files():
    path = os.path.join(ROOT, name)
    if name.endswith('.ui'):
        check_ui(path)
    elif name.endswith('.c'):
        check_c(path)
# The command line's own messages are for people too.
for name in ('src/main.c', 'src/briefing-cli.c'):
    if os.path.exists(os.path.join(ROOT, name)):
        check_c(os.path.join(ROOT, name))

def current_pot(directory):
    """The strings of the sources as they are, extracted as po/meson.build's glib preset does."""
    pot = os.path.join(directory, 'briefing.pot')
    keywords = ['_', 'N_', 'C_:1c,2', 'NC_:1c,2', 'g_dcgettext:2', 'g_dngettext:2,3', 'g_dpgettext2:2c,3',
                'briefing_ngettext:1,2']
    flags = ['N_:1:pass-c-format', 'C_:2:pass-c-format', 'NC_:2:pass-c-format', 'g_dngettext:2:pass-c-format',
             'g_strdup_printf:1:c-format', 'g_string_printf:2:c-format', 'g_string_append_printf:2:c-format',
             'g_error_new:3:c-format', 'g_set_error:4:c-format']
    subprocess.run([shutil.which('xgettext'), '--from-code=UTF-8', '--add-comments=Translators',
                    *[f'--keyword={k}' for k in keywords], *[f'--flag={f}' for f in flags],
                    '--files-from=' + os.path.join(ROOT, 'po', 'POTFILES.in'), '--directory=' + ROOT,
                    '--output=' + pot], check=True, capture_output=True, text=True)
    return pot


def read_linguas():
    with open(os.path.join(ROOT, 'po', 'LINGUAS'), encoding='utf-8') as f:
        return [w for l in f for w in l.split('#')[0].split()]


def check_language_lists(languages):
    with open(os.path.join(ROOT, 'src', 'core', 'briefing-languages.c'), encoding='utf-8') as f:
        in_c = re.findall(r'\{\s*"([a-z]{2,3})",\s*"', f.read())
    schema = ET.parse(os.path.join(ROOT, 'data', 'org.briefing.Briefing.gschema.xml')).getroot()
    lists = {'src/core/briefing-languages.c': [l for l in in_c if l != 'en']}
    for key in schema.iter('key'):
        if key.get('name') in ('language', 'export-language'):
            choices = [c.get('value') for c in key.iter('choice')]
            lists[f'gschema key “{key.get("name")}”'] = [c for c in choices if c not in ('', 'en')]
    for where, codes in lists.items():
        if sorted(codes) != sorted(languages):
            problems.append(f'{where} has {", ".join(sorted(codes))} but po/LINGUAS {", ".join(sorted(languages))}')


def read_translations(po):
    """The single-line messages of a .po file: (context, msgid) → msgstr."""
    with open(po, encoding='utf-8') as f:
        text = f.read()
    entry = re.compile(r'^(?:msgctxt "(.*)"\n)?msgid "(.*)"\nmsgstr "(.*)"$', re.M)
    return {(m.group(1), m.group(2)): m.group(3) for m in entry.finditer(text)}


def menu_labels():
    """Each <menu> of the .ui files: where it is, and its items' (context, label)."""
    menus = []
    for name in sorted(os.listdir(os.path.join(ROOT, 'ui'))):
        if not name.endswith('.ui'):
            continue
        for menu in ET.parse(os.path.join(ROOT, 'ui', name)).getroot().iter('menu'):
            labels = [(a.get('context'), a.text) for a in menu.iter('attribute')
                      if a.get('name') == 'label' and a.text]
            menus.append((f'ui/{name} menu {menu.get("id")}', labels))
    return menus


def check_access_keys(where, menus, translate):
    for menu, labels in menus:
        keys = {}
        for context, label in labels:
            shown = translate(context, label) or label
            i = shown.find('_')
            if 0 <= i < len(shown) - 1:
                keys.setdefault(shown[i + 1].lower(), []).append(shown)
        for key, shown in sorted(keys.items()):
            if len(shown) > 1:
                problems.append(f'{where}: in {menu}, {", ".join("“" + s + "”" for s in shown)} share the '
                                f'access key “{key}”')


check_access_keys('English', menu_labels(), lambda context, label: label)

if MSGFMT:
    languages = read_linguas()
    check_language_lists(languages)
    msgmerge = shutil.which('msgmerge')
    with tempfile.TemporaryDirectory() as tmp:
        pot = current_pot(tmp) if languages else None
        for lang in languages:
            po = os.path.join(ROOT, 'po', lang + '.po')
            merged = os.path.join(tmp, lang + '.po')
            r = subprocess.run([msgmerge, '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append(f'po/{lang}.po: msgmerge fails: {r.stderr.strip()}')
                continue
            r = subprocess.run([MSGFMT, '-c', '--statistics', '-o', os.devnull, merged], capture_output=True,
                               text=True, env=dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='C'))
            report = (r.stdout + r.stderr).strip().replace(merged, f'po/{lang}.po')
            if r.returncode != 0:
                problems.append(f'po/{lang}.po: msgfmt -c fails: {report}')
            elif 'untranslated' in report or 'fuzzy' in report:
                problems.append(f'po/{lang}.po: incomplete against the sources: {report}')
            else:
                print(f'po/{lang}.po: {report}')
            translations = read_translations(merged)
            check_access_keys(f'po/{lang}.po', menu_labels(),
                              lambda context, label: translations.get((context, label)))

for p in problems:
    print(p)
print(f'{len(problems)} problems')
sys.exit(1 if problems else 0)
