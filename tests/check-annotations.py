#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check W3C annotation collections as Briefing exports them against data/annotations.schema.json,
independently of the C code.

usage: check-annotations.py [--expect-invalid] SCHEMA FILE...

A FILE that is a folder stands for the *.json files in it. Prints "FILE: PATH: message" per problem
and exits 1 if there are any, "FILE: ok" per clean file otherwise. --expect-invalid inverts this for
negative fixtures: exit 0 only if every file has at least one problem.
"""

import argparse
import glob
import importlib.util
import json
import os
import sys

import jsonschema

# The bundle checker's validator treats patterns as ECMA 262 does; use the same one.
_spec = importlib.util.spec_from_file_location(
    "check_bundles", os.path.join(os.path.dirname(os.path.abspath(__file__)), "check-bundles.py"))
check_bundles = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_bundles)


def check_file(filename, validator):
    try:
        with open(filename, encoding="utf-8") as f:
            document = json.load(f, object_pairs_hook=check_bundles.no_duplicates,
                                 parse_constant=check_bundles.not_json)
    except (OSError, ValueError) as e:
        return [f"{filename}: {e}"]
    return [f"{filename}: {check_bundles.path_str(err.absolute_path)}: {check_bundles.message(err)}"
            for err in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))]


def main():
    ap = argparse.ArgumentParser(description="Check Briefing annotation collections.")
    ap.add_argument("--expect-invalid", action="store_true",
                    help="succeed only if every file has at least one problem")
    ap.add_argument("schema")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    files = []
    for name in args.files:
        files += sorted(glob.glob(os.path.join(name, "*.json"))) if os.path.isdir(name) else [name]
    if not files:
        print("no files to check")
        return 1
    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    check_bundles.Validator.check_schema(schema)
    validator = check_bundles.Validator(schema)

    all_ok = all_bad = True
    for filename in files:
        problems = check_file(filename, validator)
        print("\n".join(problems) if problems else f"{filename}: ok")
        all_ok &= not problems
        all_bad &= bool(problems)
    return 0 if (all_bad if args.expect_invalid else all_ok) else 1


if __name__ == "__main__":
    sys.exit(main())
