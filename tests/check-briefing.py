#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check Briefing JSON exports (*.briefing.json) independently of the C writer.

usage: check-briefing.py BRIEFING_SCHEMA ANNOTATIONS_SCHEMA FILE...

Each FILE (a folder stands for the *.briefing.json in it) is validated against BRIEFING_SCHEMA
(JSON Schema 2020-12), then checked for what a schema cannot say: sources are numbered from 1
without gaps, every number a statement cites is a source, ids of parties used are parties of the
briefing, and sections not asked for are absent. The schema's copy of the W3C annotation must be
the annotations schema's own, and the schema must refuse members it does not know.

Prints "FILE: PATH: message" per problem and exits 1 if there are any, "FILE: ok" per clean file.
"""

import copy
import glob
import importlib.util
import json
import os
import sys

_spec = importlib.util.spec_from_file_location(
    "check_bundles", os.path.join(os.path.dirname(os.path.abspath(__file__)), "check-bundles.py"))
check_bundles = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_bundles)

SECTION_MEMBERS = {
    "cover": ["subject", "preparedBy"],
    "bottom-line": ["bottomLine"],
    "timeline": ["timeline"],
    "positions": ["positions"],
    "questions": ["questions"],
    "annotations": ["annotations"],
    "sources": ["sources"],
}


def cited_numbers(node, path):
    """(path, number) for every number in a "sources" array of statements, and "briefing:source"."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "sources" and isinstance(value, list) and path:
                for i, n in enumerate(value):
                    yield path + [key, i], n
            elif key == "briefing:source":
                yield path + [key], value
            else:
                yield from cited_numbers(value, path + [key])
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from cited_numbers(value, path + [i])


def check_rules(doc):
    problems = []
    sections = doc.get("sections", [])
    for section, members in SECTION_MEMBERS.items():
        for member in members:
            if section not in sections and member in doc:
                problems.append(([member], f"present, but section {section} was not asked for"))

    numbers = [s["number"] for s in doc.get("sources", [])]
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append((["sources"], f"numbered {numbers}, not 1…{len(numbers)}"))
    articles = [s["article"] for s in doc.get("sources", [])]
    if len(set(articles)) != len(articles):
        problems.append((["sources"], "an article is listed twice"))
    for path, n in cited_numbers(doc, []):
        if path[0] == "sources":
            continue
        if "sources" not in sections:
            problems.append((path, "cites a source, but the briefing has no Sources section"))
        elif n not in numbers:
            problems.append((path, f"cites source {n}, which is not in sources"))

    parties = {p["id"] for p in doc.get("parties", [])}
    used = []
    for i, event in enumerate(doc.get("timeline", [])):
        used += [(["timeline", i, key], pid) for key in ("participants", "mediators") for pid in event[key]]
    positions = doc.get("positions", {})
    for i, party in enumerate(positions.get("parties", [])):
        used.append((["positions", "parties", i, "party"], party["party"]))
        for j, demand in enumerate(party["demands"]):
            used += [(["positions", "parties", i, "demands", j, "responses", k], r["party"])
                     for k, r in enumerate(demand["responses"])]
    used += [(["positions", "convergence", "parties"], pid)
             for pid in positions.get("convergence", {}).get("parties", [])]
    problems += [(path, f"party {pid!r} is not among the parties") for path, pid in used if pid not in parties]
    return problems


def check_strictness(doc, validator):
    """Unknown members are refused at the top and inside annotations."""
    problems = []
    mutants = []
    top = copy.deepcopy(doc)
    top["unknown"] = 1
    mutants.append((["unknown"], top))
    for key in ("questions",):
        if doc.get(key):
            m = copy.deepcopy(doc)
            m[key][0]["unknown"] = 1
            mutants.append(([key, 0, "unknown"], m))
    if doc.get("annotations", {}).get("groups"):
        m = copy.deepcopy(doc)
        m["annotations"]["groups"][0]["items"][0]["briefing:overdue"] = True
        mutants.append((["annotations", "groups", 0, "items", 0, "briefing:overdue"], m))
    for path, mutant in mutants:
        if validator.is_valid(mutant):
            problems.append((path, "the schema accepts an unknown member"))
    return problems


def check_file(filename, validator):
    try:
        with open(filename, encoding="utf-8") as f:
            doc = json.load(f, object_pairs_hook=check_bundles.no_duplicates, parse_constant=check_bundles.not_json)
    except (OSError, ValueError) as e:
        return [f"{filename}: {e}"]
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    problems = [f"{filename}: {check_bundles.path_str(e.absolute_path)}: {check_bundles.message(e)}" for e in errors]
    if not problems:
        problems += [f"{filename}: {check_bundles.path_str(p)}: {msg}"
                     for p, msg in check_rules(doc) + check_strictness(doc, validator)]
    return problems


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        annotations = json.load(f)
    check_bundles.Validator.check_schema(schema)
    validator = check_bundles.Validator(schema)

    ok = True
    ours = dict(schema["$defs"]["w3cAnnotation"])
    theirs = dict(annotations["$defs"]["annotation"])
    ours.pop("description"), theirs.pop("description"), theirs.pop("additionalProperties")
    if ours != theirs:
        print(f"{sys.argv[1]}: $defs.w3cAnnotation differs from {sys.argv[2]}'s $defs.annotation")
        ok = False
    for name in ("textualBody", "target", "textQuoteSelector", "textPositionSelector", "dateTime", "date"):
        if schema["$defs"][name] != annotations["$defs"][name]:
            print(f"{sys.argv[1]}: $defs.{name} differs from {sys.argv[2]}'s")
            ok = False

    files = []
    for name in sys.argv[3:]:
        files += sorted(glob.glob(os.path.join(name, "*.briefing.json"))) if os.path.isdir(name) else [name]
    if not files:
        print("no briefing files to check")
        return 1
    for filename in files:
        problems = check_file(filename, validator)
        print("\n".join(problems) if problems else f"{filename}: ok")
        ok &= not problems
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
