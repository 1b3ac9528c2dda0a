#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Feeds every input of the hostile corpus (manifest.json, written by generate.py) to the entry
point that reads it, as a user would, and checks that Briefing refuses it cleanly:

- the exit status is 1 (refused) or 0 (the manifest says the input is legitimately accepted), never
  a signal;
- what is printed holds every "say" substring of the manifest, and a refusal names the file and,
  unless the problem is the file as a whole, the line and column (FILE:LINE:COLUMN);
- each run uses at most 5 s of processor time (RLIMIT_CPU, HOSTILE_TIME_LIMIT) and 1 GiB of address
  space (RLIMIT_AS, HOSTILE_MEMORY_LIMIT; in a build with AddressSanitizer, 15 s and a resident size
  of 1.5 GiB, its own limit), and ends within 60 s of wall-clock time
  (HOSTILE_WALL_LIMIT: a hang uses no processor time; the wall clock is generous because this
  machine is shared, and a run waiting for a processor is not a slow run);
- nothing is written: not beside the input, not in the working folder, not in $HOME or the XDG
  folders; only an accepted import writes, and only the FILE given with -o. What it writes holds
  none of the manifest's "absent" substrings.

Usage: run.py BRIEFING HOSTILE_STORE SOURCE_ROOT [SUBSTRING]
The big inputs are made by generate.py --big in a temporary folder. TAP on stdout.
"""
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

BRIEFING = os.path.abspath(sys.argv[1])
HOSTILE_STORE = os.path.abspath(sys.argv[2])
ROOT = os.path.abspath(sys.argv[3])
ONLY = sys.argv[4] if len(sys.argv) > 4 else None
HERE = os.path.join(ROOT, 'tests', 'hostile')
MINIMAL = os.path.join(ROOT, 'tests', 'data', 'minimal.bundle.json')
TIME_LIMIT = float(os.environ.get('HOSTILE_TIME_LIMIT', '5'))
WALL_LIMIT = float(os.environ.get('HOSTILE_WALL_LIMIT', '60'))
MEMORY_LIMIT = int(os.environ.get('HOSTILE_MEMORY_LIMIT', str(1024 ** 3)))
# FILE:LINE:COLUMN: …, or (LINE:COLUMN: …) inside the message of the annotation store.
LOCATED = re.compile(r'[:(]\d+:\d+: ')


def sanitized(program):
    """Whether @program is built with AddressSanitizer, which reserves terabytes of address space
    for its shadow memory and runs two to three times slower."""
    with open(program, 'rb') as f:
        data = f.read()
    return b'libasan.so' in data or b'__asan_init' in data


SANITIZED = False


def limit_child():
    # Under AddressSanitizer the address space cannot be limited: its own RSS limit (set in
    # check()) bounds memory instead, and processor time is given three times over.
    if not SANITIZED:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    cpu = int(TIME_LIMIT * (3 if SANITIZED else 1) + 0.999)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def snapshot(folder):
    """Every file under @folder with its size and modification time."""
    found = {}
    for base, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = os.path.join(base, name)
            st = os.lstat(path)
            found[os.path.relpath(path, folder)] = (st.st_size, st.st_mtime_ns)
    return found


def command(entry, path, work):
    if entry['entry'] == 'validate':
        return [BRIEFING, 'validate', path]
    if entry['entry'] == 'annotations-import':
        return [BRIEFING, 'annotations', 'import', MINIMAL, path]
    if entry['entry'] == 'store':
        return [HOSTILE_STORE, 'example-talks', path, work]
    if entry['entry'] == 'import':
        return [BRIEFING, 'import', path, '-o', os.path.join(work, 'out.bundle.json'),
                '--publisher', 'Hostile Wire', '--date', '2025-06-02']
    raise ValueError(entry['entry'])


def check(entry, base, tmp):
    """Runs one input; returns (problems, seconds)."""
    problems = []
    path = os.path.join(base, entry['file'])
    work = tempfile.mkdtemp(dir=tmp)
    home = os.path.join(work, 'home')
    os.mkdir(home)
    env = {k: v for k, v in os.environ.items()
           if k not in ('DISPLAY', 'WAYLAND_DISPLAY', 'http_proxy', 'https_proxy', 'all_proxy')}
    env.update(HOME=home, XDG_DATA_HOME=os.path.join(home, 'data'), XDG_CONFIG_HOME=os.path.join(home, 'config'),
               XDG_CACHE_HOME=os.path.join(home, 'cache'), XDG_STATE_HOME=os.path.join(home, 'state'),
               TMPDIR=os.path.join(work, 'tmp'))
    os.mkdir(env['TMPDIR'])
    if SANITIZED:
        # The memory limit, plus what AddressSanitizer keeps for itself (its quarantine).
        env['ASAN_OPTIONS'] = (env.get('ASAN_OPTIONS', '') +
                               ':hard_rss_limit_mb=%d' % (MEMORY_LIMIT // (1024 * 1024) + 512)).lstrip(':')
    before = snapshot(os.path.dirname(path))
    start = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        r = subprocess.run(command(entry, path, work), cwd=work, env=env, capture_output=True,
                           timeout=WALL_LIMIT, preexec_fn=limit_child)
    except subprocess.TimeoutExpired:
        shutil.rmtree(work)
        return ['did not end within %g s' % WALL_LIMIT], WALL_LIMIT
    end = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = (end.ru_utime - start.ru_utime) + (end.ru_stime - start.ru_stime)
    out = (r.stdout + r.stderr).decode('utf-8', 'replace')

    if r.returncode == -signal.SIGXCPU or seconds > TIME_LIMIT:
        problems.append('used more than %g s of processor time (%.2f s)' % (TIME_LIMIT, seconds))
    elif r.returncode < 0:
        problems.append('killed by signal %d' % -r.returncode)
    elif entry['expect'] == 'fail' and r.returncode != 1:
        problems.append('exit status %d, expected 1 (refused)' % r.returncode)
    elif entry['expect'] == 'ok' and r.returncode != 0:
        problems.append('exit status %d, expected 0 (accepted)' % r.returncode)
    for s in entry['say']:
        if s not in out:
            problems.append('does not say %r' % s)
    if entry['expect'] == 'fail':
        if path not in out:
            problems.append('does not name the file')
        elif not entry.get('whole') and not LOCATED.search(out):
            problems.append('does not say where (LINE:COLUMN)')
    if entry['entry'] != 'import' or entry['expect'] != 'ok':
        for s in entry['absent']:
            if s in out:
                problems.append('says %r' % s)
    if 'CRITICAL' in out or 'WARNING' in out or 'AddressSanitizer' in out:
        problems.append('logged a warning or critical')

    written = snapshot(work)
    allowed = {'home', 'tmp', 'home/data'}
    result = os.path.join(work, 'out.bundle.json')
    if entry['entry'] == 'annotations-import' and entry['expect'] == 'ok':
        # Merged into the store of the bundle, in the data folder, and nowhere else.
        allowed |= {'home/data/org.briefing.Briefing', 'home/data/org.briefing.Briefing/annotations',
                    'home/data/org.briefing.Briefing/annotations/example-talks.annotations.json'}
    if entry['entry'] == 'import' and entry['expect'] == 'ok':
        allowed.add('out.bundle.json')
        if not os.path.exists(result):
            problems.append('accepted but wrote no bundle')
        else:
            with open(result, encoding='utf-8') as f:
                text = f.read()
            for s in entry['absent']:
                if s in text:
                    problems.append('the bundle holds %r' % s)
            v = subprocess.run([BRIEFING, 'validate', result], capture_output=True, timeout=30, env=env)
            if v.returncode != 0:
                problems.append('wrote a bundle that does not validate: %s' % v.stdout.decode('utf-8', 'replace'))
    extra = sorted(set(written) - allowed)
    if extra:
        problems.append('wrote %s' % ', '.join(extra))
    if snapshot(os.path.dirname(path)) != before:
        problems.append('changed the folder of the input')
    shutil.rmtree(work)
    if problems:
        problems.append('output: ' + out[:600].replace('\n', '\n#   '))
    return problems, seconds


def main():
    global SANITIZED
    SANITIZED = sanitized(BRIEFING)
    with open(os.path.join(HERE, 'manifest.json'), encoding='utf-8') as f:
        manifest = json.load(f)
    if ONLY:
        manifest = [e for e in manifest if ONLY in e['file']]
    failed = 0
    slowest = (0, None)
    total = time.monotonic()
    with tempfile.TemporaryDirectory(prefix='briefing-hostile-') as tmp:
        big = os.path.join(tmp, 'big')
        if any(e.get('big') for e in manifest):
            subprocess.run([sys.executable, os.path.join(HERE, 'generate.py'), '--big', big], check=True)
        print('1..%d' % len(manifest))
        for i, entry in enumerate(manifest, 1):
            base = big if entry.get('big') else HERE
            problems, seconds = check(entry, base, tmp)
            if problems == ['did not end within %g s' % WALL_LIMIT]:
                # A run that uses no processor time may only have waited for one on a busy
                # machine; a hang hangs again.
                print('# %s: no end within %g s; once more' % (entry['file'], WALL_LIMIT))
                problems, seconds = check(entry, base, tmp)
            slowest = max(slowest, (seconds, entry['file']))
            name = '%s %s (%s, %.2f s of CPU)' % (entry['entry'], entry['file'], entry['expect'], seconds)
            if problems:
                failed += 1
                print('not ok %d - %s' % (i, name))
                for p in problems:
                    print('#   ' + p)
            else:
                print('ok %d - %s' % (i, name))
            sys.stdout.flush()
    kinds = {}
    for e in manifest:
        kinds[e['file'].split('/')[0]] = kinds.get(e['file'].split('/')[0], 0) + 1
    print('# %d inputs (%s), %d failed, %.1f s in all, slowest %.2f s of CPU (%s)'
          % (len(manifest), ', '.join('%s %d' % kv for kv in sorted(kinds.items())), failed,
             time.monotonic() - total, slowest[0], slowest[1]))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
