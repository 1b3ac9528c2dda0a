#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Templates live in the top-level ui/ folder, not beside their C files: check that every templated
widget in src/gui/ has its ui/<same-name>.ui, that every widget .ui has its widget, and that every
.ui file is in the GResource."""
import os
import re
import sys

root = sys.argv[1]
gui = os.path.join(root, 'src', 'gui')
ui = os.path.join(root, 'ui')
problems = []

templated = {}
for name in sorted(os.listdir(gui)):
    if name.endswith('.c'):
        with open(os.path.join(gui, name), encoding='utf-8') as f:
            m = re.search(r'set_template_from_resource\s*\([^"]*"[^"]*/([^"/]+\.ui)"', f.read())
        if m:
            templated[name[:-2]] = m.group(1)

for base, resource in templated.items():
    if resource != base + '.ui':
        problems.append(f'src/gui/{base}.c loads template {resource}, expected {base}.ui')
    if not os.path.exists(os.path.join(ui, base + '.ui')):
        problems.append(f'src/gui/{base}.c has no ui/{base}.ui')

with open(os.path.join(ui, 'briefing.gresource.xml'), encoding='utf-8') as f:
    gresource = f.read()

for name in sorted(os.listdir(ui)):
    if not name.endswith('.ui'):
        continue
    if f'>{name}<' not in gresource:
        problems.append(f'ui/{name} is not in ui/briefing.gresource.xml')
    with open(os.path.join(ui, name), encoding='utf-8') as f:
        is_template = '<template ' in f.read()
    if is_template and name[:-3] not in templated:
        problems.append(f'ui/{name} is a template but no src/gui/{name[:-3]}.c uses it')

for p in problems:
    print(p)
print(f'{len(templated)} templated widgets checked, {len(problems)} problems')
sys.exit(1 if problems else 0)
