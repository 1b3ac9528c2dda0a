#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check Briefing article bundles, independently of the C reader.

usage: check-bundles.py [--expect-invalid] SCHEMA FILE...

Each FILE is validated against SCHEMA (JSON Schema 2020-12, format checking
off), then checked for what a schema cannot say: ids unique across the bundle,
references to parties, events and articles resolve, responses come from
another party, and every citation's quote (with prefix and suffix) occurs in
the article text, at its TextPositionSelector where one is given.

Prints "FILE: PATH: message" per problem and exits 1 if there are any,
"FILE: ok" per clean file otherwise. --expect-invalid inverts this for
negative fixtures: exit 0 only if every file has at least one problem.
"""

import argparse
import glob
import os
import json
import re
import sys

import jsonschema


def ecma_pattern(validator, pattern, instance, schema):
    # JSON Schema patterns are ECMA 262, where a final "$" matches only at the
    # very end; in Python it also matches before a trailing "\n".
    if not validator.is_type(instance, "string"):
        return
    python = pattern[:-1] + r"\Z" if re.search(r"(^|[^\\])\$$", pattern) else pattern
    if not re.search(python, instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


Validator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator, {"pattern": ecma_pattern})


def path_str(path):
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def message(err):
    """The error message, without a dump of a whole array or object."""
    msg, dump = err.message, repr(err.instance)
    if isinstance(err.instance, (list, dict)) and msg.startswith(dump):
        msg = ("array" if isinstance(err.instance, list) else "object") + msg[len(dump):]
    return msg


def not_json(constant):
    raise ValueError(f"{constant} is not JSON")


def no_duplicates(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError(f"duplicate member name {key!r}")
        obj[key] = value
    return obj


def items(obj, key):
    """(index, element) for the dict elements of obj[key], if it is a list."""
    value = obj.get(key) if isinstance(obj, dict) else None
    return [(i, x) for i, x in enumerate(value) if isinstance(x, dict)] \
        if isinstance(value, list) else []


def find_citations(node, path):
    """Yield (path, citation) for every citation anywhere below node."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "citations" and isinstance(value, list):
                for i, c in enumerate(value):
                    if isinstance(c, dict):
                        yield path + [key, i], c
            else:
                yield from find_citations(value, path + [key])
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from find_citations(value, path + [i])


def check_citation(cit, texts):
    source = cit.get("source")
    if source not in texts:
        return [f"unknown article {json.dumps(source, ensure_ascii=False)}"]
    sel = cit.get("selector")
    sels = [s for s in (sel if isinstance(sel, list) else [sel]) if isinstance(s, dict)]
    quote = next((s for s in sels if s.get("type") == "TextQuoteSelector"), None)
    pos = next((s for s in sels if s.get("type") == "TextPositionSelector"), None)
    if not quote or not isinstance(quote.get("exact"), str):
        return []  # reported by the schema
    text = texts[source]
    exact, prefix, suffix = (quote.get(k, "") for k in ("exact", "prefix", "suffix"))
    if not all(isinstance(s, str) for s in (prefix, suffix)):
        return []
    if prefix + exact + suffix not in text:
        what = "quote found without its prefix/suffix" if exact in text else "quote not found"
        return [f"{what} in article {json.dumps(source, ensure_ascii=False)}: "
                f"{json.dumps(exact, ensure_ascii=False)}"]
    if pos:
        start, end = pos.get("start"), pos.get("end")
        if not (isinstance(start, int) and isinstance(end, int)):
            return []
        if (text[start:end] != exact or not 0 <= start <= end
                or text[max(0, start - len(prefix)):start] != prefix
                or text[end:end + len(suffix)] != suffix):
            real = [m.start() for m in re.finditer(re.escape(prefix + exact + suffix), text)]
            hint = ", ".join(f"{p + len(prefix)}–{p + len(prefix) + len(exact)}" for p in real)
            return [f"TextPositionSelector {start}–{end} does not point at the quote "
                    f"(it is at {hint})"]
    return []


def check_refs(bundle):
    problems = []
    ids, kinds = {}, {}
    for kind in ("parties", "articles", "events", "demands"):
        for i, obj in items(bundle, kind):
            oid = obj.get("id")
            if not isinstance(oid, str):
                continue
            if oid in ids:
                problems.append(([kind, i, "id"], f"duplicate id \"{oid}\" (also {path_str(ids[oid])})"))
            else:
                ids[oid], kinds[oid] = [kind, i], kind

    def ref(path, value, kind, what):
        if isinstance(value, str) and kinds.get(value) != kind:
            problems.append((path, f"unknown {what} {json.dumps(value, ensure_ascii=False)}"))

    for i, ev in items(bundle, "events"):
        p = ["events", i]
        for key in ("participants", "mediators"):
            for j, pid in enumerate(ev[key] if isinstance(ev.get(key), list) else []):
                ref(p + [key, j], pid, "parties", "party")
        ref(p + ["host"], ev.get("host"), "parties", "party")
        for j, head in items(ev, "delegationHeads"):
            ref(p + ["delegationHeads", j, "party"], head.get("party"), "parties", "party")
    for i, dem in items(bundle, "demands"):
        p = ["demands", i]
        ref(p + ["party"], dem.get("party"), "parties", "party")
        ref(p + ["firstStated"], dem.get("firstStated"), "events", "event")
        ref(p + ["withdrawn"], dem.get("withdrawn"), "events", "event")
        reit = dem.get("reiterated")
        for j, eid in enumerate(reit if isinstance(reit, list) else []):
            ref(p + ["reiterated", j], eid, "events", "event")
        for j, resp in items(dem, "responses"):
            ref(p + ["responses", j, "party"], resp.get("party"), "parties", "party")
            ref(p + ["responses", j, "event"], resp.get("event"), "events", "event")
            if resp.get("party") is not None and resp.get("party") == dem.get("party"):
                problems.append((p + ["responses", j, "party"],
                                 "a response must come from another party than the demand's"))

    texts = {a["id"]: "\n\n".join(x for x in a["articleBody"] if isinstance(x, str))
             for _, a in items(bundle, "articles")
             if isinstance(a.get("id"), str) and isinstance(a.get("articleBody"), list)}
    for path, cit in find_citations(bundle, []):
        problems += [(path, msg) for msg in check_citation(cit, texts)]
    return problems


def check_file(filename, validator):
    try:
        with open(filename, encoding="utf-8") as f:
            bundle = json.load(f, object_pairs_hook=no_duplicates, parse_constant=not_json)
    except (OSError, ValueError) as e:
        return [f"{filename}: {e}"]
    problems = []
    for err in sorted(validator.iter_errors(bundle), key=lambda e: list(map(str, e.absolute_path))):
        best = jsonschema.exceptions.best_match([err])
        problems.append(f"{filename}: {path_str(best.absolute_path)}: {message(best)}")
    problems += [f"{filename}: {path_str(p)}: {msg}" for p, msg in check_refs(bundle)]
    return problems


def main():
    ap = argparse.ArgumentParser(description="Check Briefing article bundles.")
    ap.add_argument("--expect-invalid", action="store_true",
                    help="succeed only if every file has at least one problem")
    ap.add_argument("schema")
    ap.add_argument("files", nargs="+", help="bundle files, or folders whose *.bundle.json to check")
    args = ap.parse_args()
    files = []
    for name in args.files:
        files += sorted(glob.glob(os.path.join(name, "*.bundle.json"))) if os.path.isdir(name) else [name]
    if not files:
        print("no bundle files to check")
        return 1
    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    Validator.check_schema(schema)
    validator = Validator(schema)  # no format_checker: formats are not asserted

    all_ok = all_bad = True
    for filename in files:
        problems = check_file(filename, validator)
        print("\n".join(problems) if problems else f"{filename}: ok")
        all_ok &= not problems
        all_bad &= bool(problems)
    return 0 if (all_bad if args.expect_invalid else all_ok) else 1


if __name__ == "__main__":
    sys.exit(main())
